import { NativeSelect } from '@mantine/core';
import { useMemo, useState } from 'react';
import { clinicToday, timeZoneError, type ClinicTimeZone } from '../../../shared/progress/clinic-time-zone';
import { formatIsoDate } from '../../components/format-date';
import { laptopTimeZone, useActorContext, useClinicTimeZoneSetting } from '../../session';
import { saveClinicTimeZone } from './clinic-time-zone-actions';
import { SettingPanel, useSettingSave, useSettingsReadOnly } from '../../components/SettingPanel';

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
  const [value, setValue] = useState(setting.setting);
  const options = useMemo(() => zoneOptions(setting.setting), [setting.setting]);
  const readOnly = useSettingsReadOnly();
  const error = timeZoneError(value);
  const zone = value === '' ? laptopTimeZone() : value;
  const { failure, save } = useSettingSave(() => saveClinicTimeZone(ctx, value, setting.setting), 'Clinic time zone saved; clinic days are counted in it now.');
  return (
    <SettingPanel
      id="clinic-zone-heading"
      title="Clinic time zone"
      description="Attendance windows, review dates and dashboard alerts count calendar days in this zone, whatever zone a laptop is set to."
      pronoun="it"
      readOnly={readOnly}
      failure={failure}
      saveLabel="Save time zone"
      canSave={!(error !== null || value === setting.setting)}
      onSave={save}
    >
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
    </SettingPanel>
  );
}
