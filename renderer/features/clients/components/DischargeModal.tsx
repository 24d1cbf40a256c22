import { Alert, Modal, Select, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { DISCHARGE_REASONS, clientDisplayName, type Client, type DischargeInput } from '../../../../shared/domain/client';
import { newDischargeForm, validateDischarge, type DischargeFormValues } from '../discharge-form';
import { LIST_PROPS } from '../../../components/combobox';
import { useSubmit } from '../../../components/useSubmit';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly client: Client;
  readonly opened: boolean;
  readonly today: string;
  readonly onClose: () => void;
  readonly onDischarge: (input: DischargeInput) => Promise<void>;
}

/** Date, reason and note for a discharge; the client stays active until this is saved. */
export function DischargeModal({ client, opened, today, onClose, onDischarge }: Props) {
  const submit = useSubmit(onDischarge);
  const form = useForm<DischargeFormValues>({
    mode: 'controlled',
    initialValues: newDischargeForm(today),
    validate: (values) => {
      const result = validateDischarge(values, client.admissionDate, today);
      return result.ok ? {} : { ...result.errors };
    },
  });

  const save = async (values: DischargeFormValues) => {
    const result = validateDischarge(values, client.admissionDate, today);
    if (!result.ok) return;
    await submit.run(result.value);
  };

  return (
    <Modal opened={opened} onClose={onClose} title={`Discharge ${clientDisplayName(client)}`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={form.onSubmit((values) => {
          void save(values);
        })}
      >
        <Stack>
          <TextInput label="Discharge date" type="date" required min={client.admissionDate} {...form.getInputProps('dischargeDate')} />
          <Select
            comboboxProps={LIST_PROPS}
            label="Discharge reason"
            data={[...DISCHARGE_REASONS]}
            allowDeselect={false}
            required
            {...form.getInputProps('dischargeReason')}
          />
          <Textarea label="Discharge note" autosize minRows={3} {...form.getInputProps('dischargeNote')} />
          {submit.error && (
            <Alert color="red" title="The discharge was not saved" role="alert">
              {submit.error} The client is still active and what you typed is still here; try again.
            </Alert>
          )}
          <ModalActions submitLabel="Discharge client" saving={submit.pending} color="red.9" onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
