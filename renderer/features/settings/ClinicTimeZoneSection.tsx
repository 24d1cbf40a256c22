import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { clinicToday, timeZoneError, type ClinicTimeZone } from '../../../shared/progress/clinic-time-zone';
import { errorMessage } from '../../../shared/error-message';
import { notify } from '../../components/notify';
import { formatIsoDate } from '../../components/format-date';
import { laptopTimeZone, useActorContext, useClinicTimeZoneSetting, useSignedIn } from '../../session';
import { saveClinicTimeZone } from './clinic-time-zone-actions';

/** Settings: the zone the clinic's calendar days are counted in (review evidence, the Overview, dashboard alerts). */
export function ClinicTimeZoneSection() {
  const setting = useClinicTimeZoneSetting();
  return setting ? <ZoneForm key={setting.recordId} setting={setting} /> : null;
}

function zoneOptions(current: string): { value: string; label: string }[] {
  const zones = Intl.supportedValuesOf('timeZone');
  const all = current === '' || zones.includes(current) ? zones : [current, ...zones];
  return [{ value: '', label: `This laptop’s zone (${laptopTimeZone()})` }, ...all.map((z) => ({ value: z, label: z }))];
}

function ZoneForm({ setting }: { setting: ClinicTimeZone }) {
  const ctx = useActorContext();
  const { user } = useSignedIn();
  const [value, setValue] = useState(setting.setting);
  const [failure, setFailure] = useState<string | null>(null);
  const options = useMemo(() => zoneOptions(setting.setting), [setting.setting]);
  const readOnly = user.role !== 'admin' && user.role !== 'supervisor';
  const error = timeZoneError(value);
  const zone = value === '' ? laptopTimeZone() : value;
  const save = async () => {
    try {
      await saveClinicTimeZone(ctx, value, setting.setting);
      setFailure(null);
      notify('Clinic time zone saved; clinic days are counted in it now.');
    } catch (e) {
      setFailure(errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clinic-zone-heading">
      <Stack>
        <Title order={2} size="h4" id="clinic-zone-heading">
          Clinic time zone
        </Title>
        <Text size="sm">
          Attendance windows, review dates and dashboard alerts count calendar days in this zone, whatever zone a laptop is set to.
          {readOnly ? ' Only a supervisor or clinic admin can change it.' : ''}
        </Text>
        <NativeSelect
          label="Time zone"
          description={error ? undefined : `Today in this zone: ${formatIsoDate(clinicToday(new Date(), zone))}`}
          data={options}
          value={value}
          disabled={readOnly}
          onChange={(e) => {
            setValue(e.currentTarget.value);
          }}
          error={error}
        />
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} disabled={error !== null || value === setting.setting}>
              Save time zone
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
