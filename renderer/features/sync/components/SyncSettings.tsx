import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { allowedServerUrl } from '../../../host/clinic-server';
import type { ServerInfo } from '../../../sync/clinic-session';
import { EMPTY_CONNECT_FORM, validateConnectForm, type ConnectFormValues } from '../connect-form';
import { useConnectClinic } from '../useConnectClinic';

interface Props {
  /** Called after the server is set up and sync has started. */
  readonly onConnected?: (server: ServerInfo) => void;
}

/** Settings → Clinic server: the admin connects the clinic to its CouchDB server once. */
export function SyncSettings({ onConnected }: Props = {}) {
  const { connecting, error, connect } = useConnectClinic();
  const form = useForm<ConnectFormValues>({
    mode: 'controlled',
    initialValues: { ...EMPTY_CONNECT_FORM, url: allowedServerUrl() ?? EMPTY_CONNECT_FORM.url },
    validate: (values) => {
      const result = validateConnectForm(values);
      return result.ok ? {} : { ...result.errors };
    },
  });

  const submit = async (values: ConnectFormValues) => {
    const result = validateConnectForm(values);
    if (!result.ok) return;
    const clinic = await connect(result.input);
    if (clinic) {
      form.setFieldValue('password', '');
      onConnected?.(clinic);
    }
  };

  return (
    <form
      noValidate
      aria-labelledby="sync-settings-title"
      onSubmit={form.onSubmit((values) => {
        void submit(values);
      })}
    >
      <Stack maw={520}>
        <Title order={2} size="h4" id="sync-settings-title">
          Clinic server
        </Title>
        <Text size="sm">
          Connect this clinic to its CouchDB server once. Waypoint creates the clinic’s databases and protects them; everything is encrypted on this laptop
          before it is sent. The admin password is used only now and is not stored.
        </Text>
        <TextInput
          label="Server address"
          description="For example https://couch.example.org:6984"
          required
          withAsterisk={false}
          autoComplete="url"
          {...form.getInputProps('url')}
        />
        <TextInput
          label="Clinic id"
          description="Lower-case letters, digits and -, e.g. north-clinic"
          required
          withAsterisk={false}
          autoComplete="off"
          {...form.getInputProps('clinicId')}
        />
        <TextInput label="Server admin user name" required withAsterisk={false} autoComplete="off" {...form.getInputProps('username')} />
        <PasswordInput label="Server admin password" required withAsterisk={false} autoComplete="current-password" {...form.getInputProps('password')} />
        {error && (
          <Alert color="red" title="The clinic was not connected" role="alert">
            {error}
          </Alert>
        )}
        <Button type="submit" loading={connecting} w="fit-content">
          Connect clinic
        </Button>
      </Stack>
    </form>
  );
}
