import { Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { FieldErrors } from '../../../../shared/domain/client';
import type { PlanEntry, SectionDef } from '../../../../shared/progress/safety-plans';

interface Props {
  readonly def: SectionDef;
  readonly entries: readonly PlanEntry[];
  /** Errors by path; this section's are `sections.<id>` and `sections.<id>.<i>.<field>`. */
  readonly errors: FieldErrors;
  readonly onChange: (entries: readonly PlanEntry[]) => void;
}

const BLANK: PlanEntry = { text: '', detail: '', phone: '' };
const FIELDS = ['text', 'detail', 'phone'] as const;

/** One section of a plan: its heading and prompt, a line per entry (what, detail, phone as the section asks), add/remove. */
export function SectionEditor({ def, entries, errors, onChange }: Props) {
  const path = `sections.${def.id}`;
  const sectionError = errors[path];
  const set = (i: number, field: keyof PlanEntry, value: string) => {
    onChange(entries.map((e, j) => (j === i ? { ...e, [field]: value } : e)));
  };
  const remove = (i: number) => {
    onChange(entries.filter((_, j) => j !== i));
  };
  return (
    <Fieldset legend={def.heading} aria-describedby={sectionError ? `${path}-error` : undefined}>
      <Stack gap="xs">
        <Text size="sm" c="gray.7">
          {def.prompt}
        </Text>
        {entries.map((entry, i) => (
          <Group key={i} align="flex-end" gap="xs" wrap="wrap">
            {FIELDS.map((field) => {
              const label = def.labels[field];
              if (!label) return null;
              return (
                <TextInput
                  key={field}
                  label={label}
                  value={entry[field]}
                  error={errors[`${path}.${String(i)}.${field}`]}
                  onChange={(e) => {
                    set(i, field, e.currentTarget.value);
                  }}
                  style={{ flex: field === 'text' ? 2 : 1, minWidth: 160 }}
                />
              );
            })}
            <Button
              variant="subtle"
              color="red"
              aria-label={`Remove line ${String(i + 1)} of “${def.heading}”`}
              onClick={() => {
                remove(i);
              }}
            >
              Remove
            </Button>
          </Group>
        ))}
        {sectionError && (
          <Text id={`${path}-error`} size="sm" c="red.9">
            {sectionError}
          </Text>
        )}
        <Group>
          <Button
            variant="light"
            size="xs"
            aria-label={`Add a line to “${def.heading}”`}
            onClick={() => {
              onChange([...entries, BLANK]);
            }}
          >
            Add a line
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
