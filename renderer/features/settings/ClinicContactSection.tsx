import { SimpleGrid, TextInput } from '@mantine/core';
import { useState } from 'react';
import { map } from 'rxjs';
import { errorMessage } from '../../../shared/error-message';
import { clinicContactErrors, clinicContactOf, type ClinicContact } from '../../../shared/reports';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { useActorContext } from '../../session';
import { ClinicContactError, saveClinicContact } from './clinic-contact-actions';
import { SettingPanel, useSettingSave, useSettingsReadOnly } from '../../components/SettingPanel';

/** Settings: the phone and crisis line every client copy prints (progress.md §4.4, §7.4). */
export function ClinicContactSection() {
  const contact = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicContactOf)), []).data;
  return contact ? <ContactForm key={contact.recordId} contact={contact} /> : null;
}

function ContactForm({ contact }: { contact: ClinicContact }) {
  const ctx = useActorContext();
  const [value, setValue] = useState({ phone: contact.phone, crisisLine: contact.crisisLine });
  const readOnly = useSettingsReadOnly();
  const errors = clinicContactErrors(value);
  const changed = value.phone.trim() !== contact.phone || value.crisisLine.trim() !== contact.crisisLine;
  const { failure, save } = useSettingSave(
    () => saveClinicContact(ctx, value, contact),
    'Clinic phone and crisis line saved; client copies print them now.',
    (e) => (e instanceof ClinicContactError ? Object.values(e.errors).join(' ') : errorMessage(e)),
  );
  return (
    <SettingPanel
      id="clinic-contact-heading"
      title="Clinic phone and crisis line"
      description="Printed on every client copy. Unset, a copy tells the client to ask the clinic for its phone number; 988 is always printed."
      pronoun="them"
      readOnly={readOnly}
      failure={failure}
      saveLabel="Save clinic phone"
      canSave={!(Object.keys(errors).length > 0 || !changed)}
      onSave={save}
    >
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
    </SettingPanel>
  );
}
