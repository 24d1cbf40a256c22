import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { map } from 'rxjs';
import { errorMessage } from '../../../shared/error-message';
import { clinicContactErrors, clinicContactOf, type ClinicContact } from '../../../shared/reports';
import { notify } from '../../components/notify';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { useActorContext, useSignedIn } from '../../session';
import { ClinicContactError, saveClinicContact } from './clinic-contact-actions';

/** Settings: the phone and crisis line every client copy prints (progress.md §4.4, §7.4). */
export function ClinicContactSection() {
  const contact = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicContactOf)), []).data;
  return contact ? <ContactForm key={contact.recordId} contact={contact} /> : null;
}

function ContactForm({ contact }: { contact: ClinicContact }) {
  const ctx = useActorContext();
  const { user } = useSignedIn();
  const [value, setValue] = useState({ phone: contact.phone, crisisLine: contact.crisisLine });
  const [failure, setFailure] = useState<string | null>(null);
  const readOnly = user.role !== 'admin' && user.role !== 'supervisor';
  const errors = clinicContactErrors(value);
  const changed = value.phone.trim() !== contact.phone || value.crisisLine.trim() !== contact.crisisLine;
  const save = async () => {
    try {
      await saveClinicContact(ctx, value, contact);
      setFailure(null);
      notify('Clinic phone and crisis line saved; client copies print them now.');
    } catch (e) {
      setFailure(e instanceof ClinicContactError ? Object.values(e.errors).join(' ') : errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="clinic-contact-heading">
      <Stack>
        <Title order={2} size="h4" id="clinic-contact-heading">
          Clinic phone and crisis line
        </Title>
        <Text size="sm">
          Printed on every client copy. Unset, a copy tells the client to ask the clinic for its phone number; 988 is always printed.
          {readOnly ? ' Only a supervisor or clinic admin can change them.' : ''}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Clinic phone"
            value={value.phone}
            readOnly={readOnly}
            error={errors.phone}
            onChange={(e) => {
              setValue({ ...value, phone: e.currentTarget.value });
            }}
          />
          <TextInput
            label="Clinic crisis line"
            description="The clinic’s own after-hours line, if it has one"
            value={value.crisisLine}
            readOnly={readOnly}
            error={errors.crisisLine}
            onChange={(e) => {
              setValue({ ...value, crisisLine: e.currentTarget.value });
            }}
          />
        </SimpleGrid>
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} disabled={Object.keys(errors).length > 0 || !changed}>
              Save clinic phone
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
