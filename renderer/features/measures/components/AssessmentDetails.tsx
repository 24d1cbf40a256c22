import { Group, Radio, Switch, TextInput } from '@mantine/core';
import { RESPONDENT_LABELS, type Respondent } from '../measure-records';

interface Props {
  readonly respondent: Respondent;
  readonly onRespondent: (r: Respondent) => void;
  readonly administeredOn: string;
  readonly onAdministeredOn: (day: string) => void;
  readonly today: string;
  /** Why the day cannot be saved, shown at the field, or null. */
  readonly dayError: string | null;
  readonly oneAtATime: boolean;
  readonly onOneAtATime: (on: boolean) => void;
}

function isRespondent(value: string): value is Respondent {
  return value in RESPONDENT_LABELS;
}

/** Who answered, on which day, and whether items show one at a time. */
export function AssessmentDetails(p: Props) {
  return (
    <Group align="flex-end" gap="xl">
      <Radio.Group
        label="Respondent"
        withAsterisk
        value={p.respondent}
        onChange={(value) => {
          if (isRespondent(value)) p.onRespondent(value);
        }}
      >
        <Group mt="xs">
          {Object.entries(RESPONDENT_LABELS).map(([value, label]) => (
            <Radio key={value} value={value} label={label} />
          ))}
        </Group>
      </Radio.Group>
      <TextInput
        type="date"
        label="Administered on"
        withAsterisk
        max={p.today}
        error={p.dayError}
        value={p.administeredOn}
        onChange={(e) => {
          p.onAdministeredOn(e.currentTarget.value);
        }}
      />
      <Switch
        label="One item at a time"
        checked={p.oneAtATime}
        onChange={(e) => {
          p.onOneAtATime(e.currentTarget.checked);
        }}
      />
    </Group>
  );
}
