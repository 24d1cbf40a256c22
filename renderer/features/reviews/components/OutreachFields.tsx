import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import type { OutreachAttempt } from '../../../../shared/progress/reviews/review-types';

const METHODS: readonly { value: OutreachAttempt['method']; label: string }[] = [
  { value: 'phone', label: 'Phone' },
  { value: 'text', label: 'Text message' },
  { value: 'letter', label: 'Letter' },
  { value: 'emergency_contact', label: 'Emergency contact (with consent)' },
];

const isMethod = (v: string): v is OutreachAttempt['method'] => METHODS.some((m) => m.value === v);

interface Props {
  readonly value: readonly OutreachAttempt[];
  readonly onChange: (next: readonly OutreachAttempt[]) => void;
  readonly error: string | undefined;
}

/** Outreach attempts a disengagement discharge needs first (progress.md §5.5: two, on different days). */
export function OutreachFields({ value, onChange, error }: Props) {
  const errorId = useId();
  const set = (i: number, patch: Partial<OutreachAttempt>) => { onChange(value.map((a, j) => (j === i ? { ...a, ...patch } : a))); };
  return (
    <Stack gap="xs" role="group" aria-labelledby="outreach-heading" aria-describedby={error ? errorId : undefined}>
      <Text fw={600} id="outreach-heading">Outreach before discharge for disengagement</Text>
      <Text size="sm">Document at least two attempts on different days before this discharge can be signed.</Text>
      {value.map((a, i) => (
        <Group key={i} grow>
          <TextInput type="date" label={`Attempt ${String(i + 1)} date`} value={a.date} onChange={(e) => { set(i, { date: e.currentTarget.value }); }} />
          <NativeSelect label={`Attempt ${String(i + 1)} method`} data={[...METHODS]} value={a.method} onChange={(e) => { const v = e.currentTarget.value; if (isMethod(v)) set(i, { method: v }); }} />
        </Group>
      ))}
      <Group>
        <Button variant="default" onClick={() => { onChange([...value, { date: '', method: 'phone' }]); }}>Add outreach attempt</Button>
      </Group>
      {error && <Text c="red.8" size="sm" role="alert" id={errorId}>{error}</Text>}
    </Stack>
  );
}
