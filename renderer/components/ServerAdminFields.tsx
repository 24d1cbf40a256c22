import { PasswordInput, TextInput } from '@mantine/core';

/** The server admin's user name and password, typed for one step and never stored. */
export interface ServerAdminInput {
  readonly username: string;
  readonly password: string;
}

export const NO_SERVER_ADMIN: ServerAdminInput = { username: '', password: '' };

/** True when both fields hold something (the user name trimmed). */
export const serverAdminComplete = (admin: ServerAdminInput): boolean => admin.username.trim() !== '' && admin.password !== '';

interface Props {
  readonly value: ServerAdminInput;
  readonly onChange: (value: ServerAdminInput) => void;
  /** Shows "Enter …" at each empty field (after a submit with one missing). */
  readonly showMissing: boolean;
}

/** The server admin's credentials for a step that needs them (update the server, disable an account). */
export function ServerAdminFields({ value, onChange, showMissing }: Props) {
  return (
    <>
      <TextInput
        label="Server admin user name"
        autoComplete="off"
        value={value.username}
        onChange={(e) => {
          onChange({ ...value, username: e.currentTarget.value });
        }}
        error={showMissing && !value.username.trim() ? 'Enter the server admin user name.' : undefined}
      />
      <PasswordInput
        label="Server admin password"
        autoComplete="current-password"
        value={value.password}
        onChange={(e) => {
          onChange({ ...value, password: e.currentTarget.value });
        }}
        error={showMissing && !value.password ? 'Enter the server admin password.' : undefined}
      />
    </>
  );
}
