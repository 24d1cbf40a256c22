import { Alert, Button, Checkbox, Group, Modal, PasswordInput, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { ROLE_LABELS, STAFF_ROLES, type StaffInput } from '../../../../shared/domain/staff';
import { PassphraseStrength } from '../../../components/PassphraseStrength';
import { EMPTY_STAFF_FORM, validateStaffForm, type StaffFormValues } from '../staff-form';
import { LIST_PROPS } from '../../../components/combobox';
import { useSubmit } from '../../../components/useSubmit';

const ROLE_OPTIONS = STAFF_ROLES.map((value) => ({ value, label: ROLE_LABELS[value] }));

interface Props {
  readonly opened: boolean;
  readonly onClose: () => void;
  readonly onAdd: (input: StaffInput, passphrase: string) => Promise<void>;
}

/** Adds a staff member and lets them unlock this laptop with their own passphrase. */
export function AddStaffModal({ opened, onClose, onAdd }: Props) {
  const submit = useSubmit(onAdd);
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
    onClose();
  };

  const save = async (values: StaffFormValues) => {
    const result = validateStaffForm(values);
    if (!result.ok) return;
    if (await submit.run(result.input, result.passphrase)) close();
  };

  return (
    <Modal opened={opened} onClose={close} title="Add a staff member" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form noValidate onSubmit={form.onSubmit((values) => { void save(values); })}>
        <Stack>
          <Text size="sm">Name, role and passphrase are required.</Text>
          <TextInput label="Name" required withAsterisk={false} autoComplete="off" {...form.getInputProps('name')} />
          <Select comboboxProps={LIST_PROPS} label="Role" data={ROLE_OPTIONS} allowDeselect={false} required withAsterisk={false} {...form.getInputProps('role')} />
          <TextInput label="Credentials" description="For example LCSW, PMHNP-BC" {...form.getInputProps('credentials')} />
          <Checkbox label="Supervised (notes need a supervisor’s co-signature)" {...form.getInputProps('supervised', { type: 'checkbox' })} />
          <Text size="sm" c="gray.7">
            Their passphrase lets them unlock Waypoint on this laptop. Tell them in person; it is not stored anywhere readable.
          </Text>
          <PasswordInput label="Passphrase" required withAsterisk={false} autoComplete="new-password" {...form.getInputProps('passphrase')} />
          <PassphraseStrength value={form.values.passphrase} />
          <PasswordInput label="Confirm passphrase" required withAsterisk={false} autoComplete="new-password" {...form.getInputProps('confirm')} />
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
    </Modal>
  );
}
