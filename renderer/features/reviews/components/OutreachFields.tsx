import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { OUTREACH_METHOD_LABELS } from '../../../../shared/progress/reviews/review-decision';
import type { OutreachAttempt } from '../../../../shared/progress/reviews/review-types';

const METHODS = Object.entries(OUTREACH_METHOD_LABELS).map(([value, label]) => ({ value, label }));

const isMethod = (v: string): v is OutreachAttempt['method'] => v in OUTREACH_METHOD_LABELS;

interface Props {
  readonly value: readonly OutreachAttempt[];
  readonly onChange: (next: readonly OutreachAttempt[]) => void;
  readonly error: string | undefined;
}

/** Outreach attempts a disengagement discharge needs first (progress.md §5.5: two, on different days). */
export function OutreachFields({ value, onChange, error }: Props) {
  const errorId = useId();
  const set = (i: number, patch: Partial<OutreachAttempt>) => {
    onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a)));
  };
  return (
    <Stack gap="xs" role="group" aria-labelledby="outreach-heading" aria-describedby={error ? errorId : undefined}>
      <Text fw={600} id="outreach-heading">
        Outreach before discharge for disengagement
      </Text>
      <Text size="sm">Document at least two attempts on different days before this discharge can be signed.</Text>
      {value.map((a, i) => (
        <Group key={i} grow>
          <TextInput
            type="date"
            label={`Attempt ${String(i + 1)} date`}
            value={a.date}
            onChange={(e) => {
              set(i, { date: e.currentTarget.value });
            }}
          />
          <NativeSelect
            label={`Attempt ${String(i + 1)} method`}
            data={[...METHODS]}
            value={a.method}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isMethod(v)) set(i, { method: v });
            }}
          />
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          onClick={() => {
            onChange([...value, { date: '', method: 'phone' }]);
          }}
        >
          Add outreach attempt
        </Button>
      </Group>
      {error && (
        <Text c="red.8" size="sm" role="alert" id={errorId}>
          {error}
        </Text>
      )}
    </Stack>
  );
}
