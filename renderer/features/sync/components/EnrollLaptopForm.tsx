import { Alert, Button, Code, PasswordInput, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMemo, useState } from 'react';
import { useLiveQuery, watchStaff, type Staff } from '../../../db';
import { useSubmit } from '../../../components/useSubmit';
import { EMPTY_ENROLL_FORM, suggestUsername, validateEnrollForm, type EnrollFormValues } from '../enroll-form';
import { useClinicSync } from '../sync-context';
import { serverErrorText } from '../useConnectClinic';

interface Issued {
  readonly name: string;
  readonly username: string;
  readonly code: string;
}

/** Settings → Clinic server → Enroll a laptop: a staff member's server account and a one-time code, shown once. */
export function EnrollLaptopForm() {
  const { enroll, server } = useClinicSync();
  const staff = useLiveQuery((db) => watchStaff(db), []);
  const active = useMemo(() => (staff.data ?? []).filter((s) => s.active), [staff.data]);
  const [issued, setIssued] = useState<Issued | null>(null);
  const form = useForm<EnrollFormValues>({ mode: 'controlled', initialValues: EMPTY_ENROLL_FORM, validate: validateEnrollForm });
  const enrolling = useSubmit(
    async (member: Staff, values: EnrollFormValues) => {
      const account = { username: values.username.trim(), password: values.password };
      const code = await enroll({
        staff: { id: member.id, name: member.name, role: member.role },
        account,
        admin: { username: values.adminUsername.trim(), password: values.adminPassword },
      });
      setIssued({ name: member.name, username: account.username, code });
      form.setValues({ ...EMPTY_ENROLL_FORM, adminUsername: values.adminUsername });
    },
    { failure: (e) => serverErrorText(e, 'Enrolling') },
  );

  const submit = async (values: EnrollFormValues) => {
    const member = active.find((s) => s.id === values.staffId);
    if (!member) return;
    setIssued(null);
    await enrolling.run(member, values);
  };

  return (
    <form
      noValidate
      aria-labelledby="enroll-title"
      onSubmit={form.onSubmit((v) => {
        void submit(v);
      })}
    >
      <Stack>
        <Title order={3} size="h5" id="enroll-title">
          Enroll a laptop
        </Title>
        <Text size="sm">
          Gives a staff member their own account on the clinic server and a one-time enrollment code. On their new laptop they choose “Join an existing clinic”
          and type the server address, this user name and password, and the code.
        </Text>
        <Select
          label="Staff member"
          data={active.map((s) => ({ value: s.id, label: s.name }))}
          {...form.getInputProps('staffId')}
          onChange={(value: string | null) => {
            form.setFieldValue('staffId', value ?? '');
            const member = active.find((s) => s.id === value);
            if (member && !form.values.username) form.setFieldValue('username', suggestUsername(member.name));
          }}
        />
        <TextInput label="Their server user name" autoComplete="off" {...form.getInputProps('username')} />
        <PasswordInput
          label="Their server password"
          description="Tell it to them in person; they type it once."
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <TextInput label="Server admin user name" autoComplete="off" {...form.getInputProps('adminUsername')} />
        <PasswordInput
          label="Server admin password"
          description="Used for this step only; not stored."
          autoComplete="current-password"
          {...form.getInputProps('adminPassword')}
        />
        {enrolling.error && (
          <Alert color="red" title="No enrollment code was made" role="alert">
            {enrolling.error}
          </Alert>
        )}
        {issued && (
          <Alert color="teal" title={`Enrollment code for ${issued.name}`} role="status">
            <Stack gap="xs">
              <Code fz="lg" data-testid="enrollment-code">
                {issued.code}
              </Code>
              <Text size="sm">
                Shown only now and usable once. On the new laptop: server {server?.url}, user name <strong>{issued.username}</strong>, the password you chose,
                and this code.
              </Text>
            </Stack>
          </Alert>
        )}
        <Button type="submit" loading={enrolling.pending} w="fit-content">
          Make enrollment code
        </Button>
      </Stack>
    </form>
  );
}
