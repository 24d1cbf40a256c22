import { Checkbox, SimpleGrid } from '@mantine/core';
import { INTERVENTIONS, interventionLabel } from '../../../../shared/domain/notes';

interface Props {
  readonly value: readonly string[];
  readonly onChange: (ids: string[]) => void;
}

/** Interventions used in the session, as checkboxes; ids from a newer version stay selected and shown. */
export function InterventionsField({ value, onChange }: Props) {
  const unknown = value.filter((id) => !INTERVENTIONS.some((i) => i.id === id));
  return (
    <Checkbox.Group label="Interventions used" value={[...value]} onChange={onChange}>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} mt={4} spacing={6}>
        {INTERVENTIONS.map((i) => (
          <Checkbox key={i.id} value={i.id} label={i.label} />
        ))}
        {unknown.map((id) => (
          <Checkbox key={id} value={id} label={interventionLabel(id)} />
        ))}
      </SimpleGrid>
    </Checkbox.Group>
  );
}
