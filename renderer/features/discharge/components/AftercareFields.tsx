import { Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { TextareaList } from './TextareaList';
import type { AftercarePlan, DischargeFieldErrors } from '../../../../shared/reports';

interface Props {
  readonly value: AftercarePlan;
  readonly onChange: (next: AftercarePlan) => void;
  readonly errors: DischargeFieldErrors;
}

type TextKey = Exclude<keyof AftercarePlan, 'followUps'>;

const PROVIDER: readonly (readonly [TextKey, string])[] = [
  ['nextLevelOfCare', 'Next level of care'],
  ['providerName', 'Provider'],
  ['providerPhone', 'Provider telephone'],
  ['providerLocation', 'Location or video link, days and hours'],
];

const PLAN: readonly (readonly [TextKey, string])[] = [
  ['medicationPlan', 'Medications: who continues prescribing, refill plan'],
  ['relapsePrevention', 'Strategies to avoid recurrence and how to re-engage in treatment'],
  ['ifSymptomsRecur', 'What to do if symptoms recur'],
  ['programSupport', 'What the program provides after discharge (follow-up calls, alumni group)'],
  ['communitySupports', 'Community and recovery supports'],
  ['obligations', 'Obligations to courts, probation or employers'],
];

/** The aftercare (continuing-care) plan embedded in the discharge summary (progress.md §7.4). */
export function AftercareFields({ value, onChange, errors }: Props) {
  const set = (patch: Partial<AftercarePlan>) => {
    onChange({ ...value, ...patch });
  };
  const text = ([key, label]: readonly [TextKey, string]) => (
    <TextInput
      key={key}
      label={label}
      value={value[key]}
      error={errors[`aftercare.${key}`]}
      onChange={(e) => {
        set({ [key]: e.currentTarget.value });
      }}
    />
  );
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Aftercare plan
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>{PROVIDER.map(text)}</SimpleGrid>
      <TextInput
        type="datetime-local"
        label="First appointment"
        value={value.firstAppointmentAt}
        error={errors['aftercare.firstAppointmentAt']}
        onChange={(e) => {
          set({ firstAppointmentAt: e.currentTarget.value });
        }}
      />
      <TextareaList fields={PLAN} section="aftercare" value={value} errors={errors} onChange={set} />
      <Text size="sm" fw={500}>
        Program follow-up contacts
      </Text>
      <Group>
        {value.followUps.map((d, i) => (
          <TextInput
            key={String(i)}
            type="date"
            aria-label={`Follow-up contact ${String(i + 1)}`}
            value={d}
            error={errors[`aftercare.followUps.${String(i)}`]}
            onChange={(e) => {
              set({ followUps: value.followUps.map((x, j) => (j === i ? e.currentTarget.value : x)) });
            }}
          />
        ))}
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput
          type="date"
          label="Sent to the next provider on"
          value={value.transmittedOn}
          error={errors['aftercare.transmittedOn']}
          onChange={(e) => {
            set({ transmittedOn: e.currentTarget.value });
          }}
        />
        {text(['transmissionMethod', 'Sent how, under which consent'])}
      </SimpleGrid>
      <Text size="xs" c="dimmed">
        Crisis contacts (the clinic’s phone and crisis line from Settings, 988, and those of the client’s safety plan) are printed with the summary.
      </Text>
    </Stack>
  );
}
