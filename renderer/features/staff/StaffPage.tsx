import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notify } from '../../components/notify';
import { AddStaffModal } from './components/AddStaffModal';
import { StaffTable } from './components/StaffTable';
import { KeyringError, useStaff, useStaffActions } from './useStaff';
import { errorMessage } from '../../../shared/error-message';

function addFailureMessage(e: unknown): string {
  if (e instanceof KeyringError) {
    return `The staff record was saved, but their sign-in code could not be set up on this laptop (${e.message}). They cannot sign in yet: lock and unlock Waypoint yourself, then try again, or ask them to use another enrolled laptop.`;
  }
  return `${errorMessage(e)} Nothing was saved; check the details and try again.`;
}

function useToggleActive() {
  const actions = useStaffActions();
  const [pending, setPending] = useState<Staff | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      await actions.setActive(pending, !pending.active);
      notify(`${pending.name} ${pending.active ? 'deactivated' : 'reactivated'}.`);
      setPending(null);
    } catch (e) {
      notify(errorMessage(e), { title: 'Not changed', failed: true });
    } finally {
      setBusy(false);
    }
  };
  return { pending, setPending, busy, confirm };
}

/** The clinic's staff; admins add members and deactivate or reactivate them. */
export function StaffPage() {
  const { user } = useSignedIn();
  const isAdmin = user.role === 'admin';
  const { data, error, loading } = useStaff();
  const actions = useStaffActions();
  const [adding, setAdding] = useState(false);
  const toggle = useToggleActive();

  const add = async (input: StaffInput) => {
    try {
      const { member, code } = await actions.add(input);
      notify(`${member.name} added. They sign in on this laptop with the one-time code and choose their passphrase.`);
      return { name: member.name, code };
    } catch (e) {
      throw new Error(addFailureMessage(e));
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Staff</Title>
        {isAdmin && (
          <Button
            onClick={() => {
              setAdding(true);
            }}
          >
            Add staff member
          </Button>
        )}
      </Group>
      {!isAdmin && <Text c="gray.7">Only a clinic admin can add or deactivate staff.</Text>}
      {error && (
        <Alert color="red" title="The staff list could not be read" role="alert">
          {error.message} Try locking and unlocking Waypoint; if it keeps happening, ask your clinic admin.
        </Alert>
      )}
      {loading && !data && <Loader aria-label="Loading staff" />}
      {data && <StaffTable staff={data} canManage={isAdmin} currentUserId={user.id} onToggleActive={toggle.setPending} />}
      {isAdmin && (
        <AddStaffModal
          opened={adding}
          onClose={() => {
            setAdding(false);
          }}
          onAdd={add}
        />
      )}
      <ConfirmModal
        opened={toggle.pending !== null}
        title={toggle.pending?.active ? 'Deactivate this staff member?' : 'Reactivate this staff member?'}
        confirmLabel={toggle.pending?.active ? 'Deactivate' : 'Reactivate'}
        color={toggle.pending?.active ? 'red' : 'teal'}
        busy={toggle.busy}
        onConfirm={() => void toggle.confirm()}
        onCancel={() => {
          toggle.setPending(null);
        }}
      >
        {toggle.pending?.active
          ? `${toggle.pending.name} will no longer be offered as a primary clinician. Their records stay as they are.`
          : `${toggle.pending?.name ?? ''} will be offered as a primary clinician again.`}
      </ConfirmModal>
    </Stack>
  );
}
