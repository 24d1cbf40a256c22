import { Autocomplete, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { FAMILY_RELATIONS, type SessionFormValues } from '../../../../shared/domain/sessions';
import { LIST_PROPS } from '../../../components/combobox';

/** Who of the family attended: name and relation per row; at least one for a family session. */
export function FamilyAttendeesFieldset({ form }: { form: UseFormReturnType<SessionFormValues> }) {
  const rows = form.values.familyAttendees;
  const listError = form.errors.familyAttendees;
  return (
    <Fieldset legend="Family attendees">
      <Stack>
        {rows.length === 0 && <Text size="sm">No family members added yet.</Text>}
        {rows.map((_, i) => (
          <Group key={i} align="flex-start" grow>
            <TextInput label={`Attendee ${i + 1} name`} required autoComplete="off" {...form.getInputProps(`familyAttendees.${i}.name`)} />
            <Autocomplete
              comboboxProps={LIST_PROPS}
              label={`Attendee ${i + 1} relation`}
              required
              data={[...FAMILY_RELATIONS]}
              {...form.getInputProps(`familyAttendees.${i}.relation`)}
            />
            <Button
              variant="default"
              mt={25}
              style={{ flexGrow: 0 }}
              onClick={() => {
                form.removeListItem('familyAttendees', i);
              }}
            >
              Remove attendee {i + 1}
            </Button>
          </Group>
        ))}
        {typeof listError === 'string' && (
          <Text c="red.8" size="sm" role="alert">
            {listError}
          </Text>
        )}
        <Group>
          <Button
            variant="default"
            onClick={() => {
              form.insertListItem('familyAttendees', { name: '', relation: '' });
            }}
          >
            Add family member
          </Button>
        </Group>
      </Stack>
    </Fieldset>
  );
}
