import { Checkbox, NativeSelect, Table } from '@mantine/core';
import { useState } from 'react';
import { DEFAULT_PROGRAMS } from '../../../../shared/domain/client';
import {
  programRatingsOf,
  ratingsSettingsChanges,
  type AsamRatingsSetting,
  type ClinicRatingsSettings,
  type ProgramRatings,
} from '../../../../shared/progress/reviews/ratings-settings';
import { TableHeader } from '../../../components/TableHeader';
import { useActorContext } from '../../../session';
import { saveRatingsSettings } from '../ratings-settings-actions';
import { useRatingsSettings } from '../useReviews';
import { SettingPanel, useSettingSave, useSettingsReadOnly } from '../../../components/SettingPanel';

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
  const [value, setValue] = useState(() => programsOf(settings));
  const readOnly = useSettingsReadOnly();
  const changed = ratingsSettingsChanges(settings, value).length > 0;
  const set = (program: string, patch: Partial<ProgramRatings>) => {
    setValue({ ...value, [program]: { ...programRatingsOf({ programs: value, recordId: '' }, program), ...patch } });
  };
  const { failure, save } = useSettingSave(() => saveRatingsSettings(ctx, value, settings), 'Review ratings saved; reviews of each program offer them now.');
  return (
    <SettingPanel
      id="ratings-settings-heading"
      title="ASAM / LOCUS ratings on reviews"
      description="Optional per program: a review offers only what its client’s program has on. Signed reviews keep the ratings they were signed with."
      pronoun="them"
      readOnly={readOnly}
      failure={failure}
      saveLabel="Save review ratings"
      canSave={changed}
      onSave={save}
    >
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
    </SettingPanel>
  );
}
