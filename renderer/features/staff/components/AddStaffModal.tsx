import { Alert, Button, Checkbox, Group, Modal, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { ROLE_LABELS, STAFF_ROLES, type StaffInput } from '../../../../shared/domain/staff';
import { EMPTY_STAFF_FORM, validateStaffForm, type StaffFormValues } from '../staff-form';
import { LIST_PROPS } from '../../../components/combobox';
import { useSubmit } from '../../../components/useSubmit';

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

interface Props {
  readonly opened: boolean;
  readonly onClose: () => void;
  /** Adds the member and returns their one-time first sign-in code. */
  readonly onAdd: (input: StaffInput) => Promise<{ name: string; code: string }>;
}

/** The one-time code, shown once: the new member signs in with it and chooses their own passphrase. */
function IssuedCode({ name, code, onDone }: { name: string; code: string; onDone: () => void }) {
  return (
    <Stack>
      <Text>
        Give {name} this one-time code in person. At their first sign-in on this laptop they choose their own passphrase; nobody else ever sees it. The code
        works once and is not shown again.
      </Text>
      <TextInput label="One-time sign-in code" value={code} readOnly autoComplete="off" styles={{ input: { fontFamily: 'monospace', fontSize: 18 } }} />
      <Group justify="flex-end">
        <Button onClick={onDone}>Done</Button>
      </Group>
    </Stack>
  );
}

/** Adds a staff member; the admin gets a one-time code for their first sign-in, never types their passphrase. */
export function AddStaffModal({ opened, onClose, onAdd }: Props) {
  const [issued, setIssued] = useState<{ name: string; code: string } | null>(null);
  const submit = useSubmit(async (input: StaffInput) => {
    setIssued(await onAdd(input));
  });
  const form = useForm<StaffFormValues>({
    mode: 'controlled',
    initialValues: EMPTY_STAFF_FORM,
    validate: (values) => {
      const result = validateStaffForm(values);
      return result.ok ? {} : { ...result.errors };
    },
  });

  const close = () => {
    form.reset();
    submit.setError(null);
    setIssued(null);
    onClose();
  };

  const save = async (values: StaffFormValues) => {
    const result = validateStaffForm(values);
    if (result.ok) await submit.run(result.input);
  };

  const title = issued ? `One-time code for ${issued.name}` : 'Add a staff member';
  return (
    <Modal opened={opened} onClose={close} title={title} centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {issued ? (
        <IssuedCode name={issued.name} code={issued.code} onDone={close} />
      ) : (
        <form
          noValidate
          onSubmit={form.onSubmit((values) => {
            void save(values);
          })}
        >
          <Stack>
            <Text size="sm">Name and role are required. They choose their own passphrase when they first sign in.</Text>
            <TextInput label="Name" required withAsterisk={false} autoComplete="off" {...form.getInputProps('name')} />
            <Select
              comboboxProps={LIST_PROPS}
              label="Role"
              data={ROLE_OPTIONS}
              allowDeselect={false}
              required
              withAsterisk={false}
              {...form.getInputProps('role')}
            />
            <TextInput label="Credentials" description="For example LCSW, PMHNP-BC" {...form.getInputProps('credentials')} />
            <Checkbox label="Supervised (notes need a supervisor’s co-signature)" {...form.getInputProps('supervised', { type: 'checkbox' })} />
            {submit.error && (
              <Alert color="red" title="The staff member was not fully added" role="alert">
                {submit.error}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" loading={submit.pending}>
                Add staff member
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
