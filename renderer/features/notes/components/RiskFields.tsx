import { Radio, Group, Stack, Textarea } from '@mantine/core';
import { RISK_LEVEL_LABELS, type RiskLevel } from '../../../../shared/domain/notes';
import { RISK_LEVELS, type NoteRisk } from '../../../../shared/domain/records';

interface Props {
  readonly value: NoteRisk;
  readonly onChange: (risk: NoteRisk) => void;
  readonly onBlur: () => void;
  /** Why the level is required (the client's open safety alerts), or null when it is optional. */
  readonly requiredBecause: string | null;
  /** The message at the field when signing was refused for it. */
  readonly error: string | null;
}

const isRiskLevel = (v: string): v is RiskLevel => (RISK_LEVELS as readonly string[]).includes(v);

/** Structured risk assessment: a level (none chosen until the clinician picks one) and what it rests on. */
export function RiskFields({ value, onChange, onBlur, requiredBecause, error }: Props) {
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Risk level"
        withAsterisk={requiredBecause !== null}
        description={requiredBecause === null ? 'Choose the level you assessed.' : `Required before signing: open safety alert (${requiredBecause}).`}
        error={error}
        value={value.level}
        onChange={(v) => {
          if (isRiskLevel(v)) onChange({ ...value, level: v });
        }}
      >
        <Group mt={4}>
          {RISK_LEVELS.map((level) => (
            <Radio key={level} value={level} label={RISK_LEVEL_LABELS[level]} />
          ))}
        </Group>
      </Radio.Group>
      <Textarea
        label="Risk assessment"
        description="Ideation, plan, intent, protective factors and the safety plan."
        autosize
        minRows={2}
        value={value.text}
        onChange={(e) => {
          onChange({ ...value, text: e.currentTarget.value });
        }}
        onBlur={onBlur}
      />
    </Stack>
  );
}
