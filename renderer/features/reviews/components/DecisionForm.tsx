import { Checkbox, Group, NativeSelect, Paper, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import type { FieldErrors } from '../../../../shared/domain/client';
import type { RecommendationResult } from '../../../../shared/progress';
import { MIN_RATIONALE, agreesWithRecommendation, isDisengagementDischarge } from '../../../../shared/progress/reviews/review-decision';
import {
  DECISION_LABELS,
  NEW_MODALITIES,
  OVERRIDE_REASONS,
  OVERRIDE_REASON_LABELS,
  REVIEW_DECISIONS,
  type NewModality,
  type OverrideReason,
  type ReviewDecisionInput,
  type ReviewDecisionKind,
} from '../../../../shared/progress/reviews/review-types';
import { OutreachFields } from './OutreachFields';

interface Props {
  readonly value: ReviewDecisionInput;
  readonly onChange: (next: ReviewDecisionInput) => void;
  readonly recommendation: RecommendationResult | null;
  readonly errors: FieldErrors;
}

const isDecision = (v: string): v is ReviewDecisionKind => REVIEW_DECISIONS.some((d) => d === v);
const isReason = (v: string): v is OverrideReason => OVERRIDE_REASONS.some((r) => r === v);
const isModality = (v: string): v is NewModality => NEW_MODALITIES.some((m) => m === v);

function PlanChangeFields({ value, onChange }: Pick<Props, 'value' | 'onChange'>) {
  const changes = value.planChanges;
  const set = (patch: Partial<ReviewDecisionInput['planChanges']>) => {
    onChange({ ...value, planChanges: { ...changes, ...patch } });
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        Changes to the plan
      </Title>
      <TextInput
        label="Session frequency"
        description="Leave empty when unchanged, e.g. “4 groups and 1 individual a week”."
        value={changes.frequency}
        onChange={(e) => {
          set({ frequency: e.currentTarget.value });
        }}
      />
      <NativeSelect
        label="New modality"
        data={[{ value: '', label: 'None' }, ...NEW_MODALITIES.map((m) => ({ value: m, label: m }))]}
        value={changes.newModality}
        onChange={(e) => {
          const v = e.currentTarget.value;
          set({ newModality: isModality(v) ? v : '' });
        }}
      />
      <Checkbox
        label="Request a medication review"
        checked={changes.medicationReviewRequested}
        onChange={(e) => {
          set({ medicationReviewRequested: e.currentTarget.checked });
        }}
      />
      <Checkbox
        label="Involve the family"
        checked={changes.familyInvolvement}
        onChange={(e) => {
          set({ familyInvolvement: e.currentTarget.checked });
        }}
      />
    </Stack>
  );
}

/** The clinician's decision (progress.md §5.4): it may differ from the recommendation, then a reason is required. */
export function DecisionForm({ value, onChange, recommendation, errors }: Props) {
  const differs = value.decision !== '' && recommendation !== null && !agreesWithRecommendation(value.decision, recommendation);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Decision
        </Title>
        <Radio.Group
          label="Decision"
          value={value.decision}
          onChange={(v) => {
            onChange({ ...value, decision: isDecision(v) ? v : '' });
          }}
          error={errors.decision}
        >
          <Group mt="xs">
            {REVIEW_DECISIONS.map((d) => (
              <Radio key={d} value={d} label={DECISION_LABELS[d]} />
            ))}
          </Group>
        </Radio.Group>
        {differs && (
          <NativeSelect
            label="Why the decision differs from the recommendation"
            data={[{ value: '', label: 'Choose a reason' }, ...OVERRIDE_REASONS.map((r) => ({ value: r, label: OVERRIDE_REASON_LABELS[r] }))]}
            value={value.overrideReason}
            onChange={(e) => {
              const v = e.currentTarget.value;
              onChange({ ...value, overrideReason: isReason(v) ? v : '' });
            }}
            error={errors.overrideReason}
            withAsterisk
          />
        )}
        <Textarea
          label="Rationale"
          description={`At least ${String(MIN_RATIONALE)} characters: what the evidence and the client’s view mean for the decision.`}
          autosize
          minRows={3}
          withAsterisk
          value={value.rationale}
          onChange={(e) => {
            onChange({ ...value, rationale: e.currentTarget.value });
          }}
          error={errors.rationale}
        />
        <Group grow>
          <TextInput
            label="Target level of care"
            description="e.g. OP, IOP, PHP or an ASAM level"
            value={value.targetLevelOfCare}
            onChange={(e) => {
              onChange({ ...value, targetLevelOfCare: e.currentTarget.value });
            }}
            error={errors.targetLevelOfCare}
          />
          <TextInput
            type="date"
            label="Target date"
            value={value.targetDate}
            onChange={(e) => {
              onChange({ ...value, targetDate: e.currentTarget.value });
            }}
            error={errors.targetDate}
          />
        </Group>
        <PlanChangeFields value={value} onChange={onChange} />
        <Group>
          <Checkbox
            label="The client took part in the decision"
            checked={value.clientParticipated}
            onChange={(e) => {
              onChange({ ...value, clientParticipated: e.currentTarget.checked });
            }}
          />
          <Checkbox
            label="Family took part"
            checked={value.familyParticipated}
            onChange={(e) => {
              onChange({ ...value, familyParticipated: e.currentTarget.checked });
            }}
          />
        </Group>
        {isDisengagementDischarge(value.decision, recommendation) && (
          <OutreachFields
            value={value.outreach}
            onChange={(outreach) => {
              onChange({ ...value, outreach });
            }}
            error={errors.outreach}
          />
        )}
        {errors.evidence && (
          <Text c="red.8" role="alert">
            {errors.evidence}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
