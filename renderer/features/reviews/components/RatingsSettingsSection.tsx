import { Alert, Button, Checkbox, Group, NativeSelect, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_PROGRAMS } from '../../../../shared/domain/client';
import { errorMessage } from '../../../../shared/error-message';
import {
  programRatingsOf,
  ratingsSettingsChanges,
  type AsamRatingsSetting,
  type ClinicRatingsSettings,
  type ProgramRatings,
} from '../../../../shared/progress/reviews/ratings-settings';
import { notify } from '../../../components/notify';
import { TableHeader } from '../../../components/TableHeader';
import { useActorContext, useSignedIn } from '../../../session';
import { saveRatingsSettings } from '../ratings-settings-actions';
import { useRatingsSettings } from '../useReviews';

const ASAM_OPTIONS: readonly { value: AsamRatingsSetting; label: string }[] = [
  { value: 'off', label: 'Off' },
  { value: 'asam3', label: 'ASAM 3rd edition' },
  { value: 'asam4', label: 'ASAM 4th edition' },
];
const isAsamSetting = (v: string): v is AsamRatingsSetting => ASAM_OPTIONS.some((o) => o.value === v);

/** Every program the clinic offers and any the saved setting names, each with its setting in force. */
function programsOf(settings: ClinicRatingsSettings): Record<string, ProgramRatings> {
  const names = [...new Set([...DEFAULT_PROGRAMS, ...Object.keys(settings.programs)])];
  return Object.fromEntries(names.map((p) => [p, programRatingsOf(settings, p)]));
}

/** Settings: which structured ratings each program's reviews offer (progress.md §5.6), audited as 'settings'. */
export function RatingsSettingsSection() {
  const settings = useRatingsSettings();
  return settings ? <RatingsForm key={settings.recordId} settings={settings} /> : null;
}

function RatingsForm({ settings }: { settings: ClinicRatingsSettings }) {
  const ctx = useActorContext();
  const { user } = useSignedIn();
  const [value, setValue] = useState(() => programsOf(settings));
  const [failure, setFailure] = useState<string | null>(null);
  const readOnly = user.role !== 'admin' && user.role !== 'supervisor';
  const changed = ratingsSettingsChanges(settings, value).length > 0;
  const set = (program: string, patch: Partial<ProgramRatings>) => {
    setValue({ ...value, [program]: { ...programRatingsOf({ programs: value, recordId: '' }, program), ...patch } });
  };
  const save = async () => {
    try {
      await saveRatingsSettings(ctx, value, settings);
      setFailure(null);
      notify('Review ratings saved; reviews of each program offer them now.');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ratings-settings-heading">
      <Stack>
        <Title order={2} size="h4" id="ratings-settings-heading">
          ASAM / LOCUS ratings on reviews
        </Title>
        <Text size="sm">
          Optional per program: a review offers only what its client’s program has on. Signed reviews keep the ratings they were signed with.
          {readOnly ? ' Only a supervisor or clinic admin can change them.' : ''}
        </Text>
        <Table>
          <TableHeader columns={['Program', 'ASAM dimension ratings', 'LOCUS']} />
          <Table.Tbody>
            {Object.entries(value).map(([program, r]) => (
              <Table.Tr key={program}>
                <Table.Td>{program}</Table.Td>
                <Table.Td>
                  <NativeSelect
                    aria-label={`ASAM ratings for ${program}`}
                    data={[...ASAM_OPTIONS]}
                    value={r.asamRatings}
                    disabled={readOnly}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      if (isAsamSetting(v)) set(program, { asamRatings: v });
                    }}
                  />
                </Table.Td>
                <Table.Td>
                  <Checkbox
                    aria-label={`LOCUS for ${program}`}
                    checked={r.locus}
                    disabled={readOnly}
                    onChange={(e) => {
                      set(program, { locus: e.currentTarget.checked });
                    }}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} disabled={!changed}>
              Save review ratings
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
