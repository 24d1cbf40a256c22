import { Checkbox, Radio, Select, SimpleGrid, Stack, Title } from '@mantine/core';
import { TextareaList } from './TextareaList';
import {
  DISCHARGE_TYPE_LABELS,
  DISCHARGE_TYPES,
  NOT_COMPLETED_LABELS,
  NOT_COMPLETED_REASONS,
  type DischargeFieldErrors,
  type DischargeNarrative,
  type NotCompletedReason,
} from '../../../../shared/reports';

interface Props {
  readonly value: DischargeNarrative;
  readonly onChange: (next: DischargeNarrative) => void;
  readonly errors: DischargeFieldErrors;
}

const TEXTS = [
  ['reason', 'Reason for discharge'],
  ['presentingProblems', 'Condition at admission: presenting problems'],
  ['courseOfTreatment', 'Course of treatment (interventions, medication changes)'],
  ['riskStatement', 'Condition at discharge, including risk'],
  ['skillsDeveloped', 'Skills developed'],
  ['issuesNotAddressed', 'Issues not addressed'],
] as const;

const isReason = (v: string | null): v is NotCompletedReason => NOT_COMPLETED_REASONS.some((r) => r === v);

/** The clinician's narrative of the discharge summary (progress.md §7.3); errors by field path "narrative.<field>". */
export function NarrativeFields({ value, onChange, errors }: Props) {
  const set = (patch: Partial<DischargeNarrative>) => {
    onChange({ ...value, ...patch });
  };
  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        Discharge
      </Title>
      <Radio.Group
        label="Discharge type"
        value={value.dischargeType}
        error={errors['narrative.dischargeType']}
        onChange={(v) => {
          set({ dischargeType: DISCHARGE_TYPES.find((t) => t === v) ?? '', ...(v === 'not_completed' ? {} : { notCompletedReason: '' }) });
        }}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }} mt="xs">
          {DISCHARGE_TYPES.map((t) => (
            <Radio key={t} value={t} label={DISCHARGE_TYPE_LABELS[t]} />
          ))}
        </SimpleGrid>
      </Radio.Group>
      {value.dischargeType === 'not_completed' && (
        <Select
          label="Why the program was not completed"
          value={value.notCompletedReason || null}
          error={errors['narrative.notCompletedReason']}
          data={NOT_COMPLETED_REASONS.map((r) => ({ value: r, label: NOT_COMPLETED_LABELS[r] }))}
          onChange={(v) => {
            set({ notCompletedReason: isReason(v) ? v : '' });
          }}
        />
      )}
      {value.notCompletedReason === 'administrative' && (
        <Checkbox
          label="The client was informed of the right to appeal this discharge"
          checked={value.appealRightsGiven}
          error={errors['narrative.appealRightsGiven']}
          onChange={(e) => {
            set({ appealRightsGiven: e.currentTarget.checked });
          }}
        />
      )}
      <TextareaList fields={TEXTS} section="narrative" value={value} errors={errors} onChange={set} />
    </Stack>
  );
}
