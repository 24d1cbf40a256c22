import { Button, Fieldset, Group, Paper, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { CONTACT_RELATIONS } from '../../../../shared/domain/client';
import { EMPTY_CONTACT, type ClientFormValues } from '../client-form';
import { LIST_PROPS } from '../../../components/combobox';

const MAX_CONTACTS = 20;

/** Family and collateral contacts: add and remove rows; each row's fields are labelled with its number. */
export function ContactsFieldset({ form }: { form: UseFormReturnType<ClientFormValues> }) {
  const contacts = form.values.contacts;
  return (
    <Fieldset legend="Family and collateral contacts">
      <Stack>
        {contacts.length === 0 && (
          <Text size="sm" c="gray.7">
            No contacts yet.
          </Text>
        )}
        {contacts.map((_, index) => (
          <Paper key={form.key(`contacts.${index}`)} withBorder p="sm">
            <Group align="flex-start" grow wrap="wrap">
              <TextInput label={`Contact ${index + 1} name`} required {...form.getInputProps(`contacts.${index}.name`)} />
              <Select
                comboboxProps={LIST_PROPS}
                label={`Contact ${index + 1} relation`}
                data={[...CONTACT_RELATIONS]}
                allowDeselect={false}
                required
                {...form.getInputProps(`contacts.${index}.relation`)}
              />
              <TextInput label={`Contact ${index + 1} phone`} type="tel" {...form.getInputProps(`contacts.${index}.phone`)} />
              <TextInput label={`Contact ${index + 1} email`} type="email" {...form.getInputProps(`contacts.${index}.email`)} />
            </Group>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="default"
                size="xs"
                onClick={() => {
                  form.removeListItem('contacts', index);
                }}
              >
                Remove contact {index + 1}
              </Button>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="default"
            disabled={contacts.length >= MAX_CONTACTS}
            onClick={() => {
              form.insertListItem('contacts', { ...EMPTY_CONTACT });
            }}
          >
            Add contact
          </Button>
          <Text size="sm" c="gray.7">
            Each contact needs a name, a relation, and a phone number or email.
          </Text>
        </Group>
      </Stack>
    </Fieldset>
  );
}
