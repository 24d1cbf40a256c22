import { Alert, Button, Checkbox, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { Staff, StaffInput } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { ConfirmModal } from '../../components/ConfirmModal';
import { notify } from '../../components/notify';
import { AddStaffModal } from './components/AddStaffModal';
import { DisableServerAccountModal } from './components/DisableServerAccountModal';
import { ReenableServerAccountModal } from './components/ReenableServerAccountModal';
import { StaffTable } from './components/StaffTable';
import { KeyringError, useStaff, useStaffActions, useAccountsByStaff } from './useStaff';
import { useReenableAccount } from './useReenableAccount';
import { errorMessage } from '../../../shared/error-message';
import type { SyncCredentials } from '../../sync/encrypting-fetch';
import { DEACTIVATED_REASON } from '../signing-keys';
import type { Deactivation } from './staff-actions';

function addFailureMessage(e: unknown): string {
  if (e instanceof KeyringError) {
    return `The staff record was saved, but their sign-in code could not be set up on this laptop (${e.message}). They cannot sign in yet: lock and unlock Waypoint yourself, then try again, or ask them to use another enrolled laptop.`;
  }
  return `${errorMessage(e)} Nothing was saved; check the details and try again.`;
}

/** What the deactivation says about the member's signing keys (revoked in the same step unless unticked). */
function keysOutcome(name: string, { keys, keysProblem }: Deactivation): string {
  if (keysProblem) return ` Their signing keys were not revoked (${keysProblem}): revoke them on the Signing keys page.`;
  if (!keys) return '';
  const { revoked, already, root } = keys;
  const parts = [
    revoked > 0 ? `${revoked} signing key${revoked === 1 ? '' : 's'} revoked (“${DEACTIVATED_REASON}”): signatures made before now stay verified` : '',
    already > 0 ? `${already} revoked before` : '',
    root > 0 ? 'their key that is the clinic’s trust root is left as it is' : '',
  ].filter(Boolean);
  return parts.length > 0 ? ` ${parts.join('; ')}.` : ` ${name} had no signing key on record to revoke.`;
}

function useToggleActive(onDeactivated: (member: Staff) => void, onReactivated: (member: Staff) => void) {
  const actions = useStaffActions();
  const [pending, setPendingMember] = useState<Staff | null>(null);
  const [revokeKeys, setRevokeKeys] = useState(true);
  const [busy, setBusy] = useState(false);
  const setPending = (member: Staff | null) => {
    setRevokeKeys(true);
    setPendingMember(member);
  };
  const confirm = async () => {
    if (!pending) return;
    setBusy(true);
    try {
      if (pending.active) {
        const done = await actions.deactivate(pending, revokeKeys);
        notify(
          `${pending.name} deactivated.${keysOutcome(pending.name, done)}`,
          done.keysProblem ? { title: 'Signing keys not revoked', failed: true } : undefined,
        );
      } else {
        await actions.setActive(pending, true);
        notify(`${pending.name} reactivated.`);
      }
      setPending(null);
      if (pending.active) onDeactivated(pending);
      else onReactivated(pending);
    } catch (e) {
      notify(errorMessage(e), { title: 'Not changed', failed: true });
    } finally {
      setBusy(false);
    }
  };
  return { pending, setPending, busy, confirm, revokeKeys, setRevokeKeys };
}

type Rotate = NonNullable<ReturnType<typeof useStaffActions>['rotateSyncKey']>;

/** Issue 18 item 4d: right after the account is disabled, a new sync key the removed member never holds. */
async function rotateAfter(rotate: Rotate, member: Staff, admin: SyncCredentials): Promise<void> {
  try {
    const { generation, waiting } = await rotate(member, admin);
    const later = waiting.length > 0 ? ` ${waiting.length} member(s) without an encryption key yet need a new enrollment code to receive it.` : '';
    notify(`New sync key (generation ${generation}): what is written from now on is sealed under a key ${member.name} never held.${later}`);
  } catch (e) {
    notify(`${errorMessage(e)} The server account is disabled, but the sync key was not rotated.`, { title: 'Sync key not rotated', failed: true });
  }
}

/** "Disable server account" (issue 18 item 4d): offered right after a deactivation and from the staff table. */
function useDisableAccount(accounts: ReadonlyMap<string, readonly string[]>) {
  const actions = useStaffActions();
  const [member, setMember] = useState<Staff | null>(null);
  const disable = actions.disableServerAccounts;
  const afterDeactivate = (m: Staff) => {
    if ((accounts.get(m.id)?.length ?? 0) === 0) return;
    if (disable) setMember(m);
    else
      notify(`${m.name}'s server account is still active. Connect this laptop to the clinic server to disable it.`, {
        title: 'Server account still active',
        failed: true,
      });
  };
  const run = async (admin: SyncCredentials) => {
    if (!member || !disable) return;
    const done = await disable(member, admin);
    if (done.length > 0) notify(`${member.name}'s server account ${done.join(', ')} is disabled: it can no longer sign in or sync.`);
    else notify(`No server account of ${member.name} was found under the names it would have been enrolled with.`, { title: 'Nothing to disable' });
    setMember(null);
    if (actions.rotateSyncKey) await rotateAfter(actions.rotateSyncKey, member, admin);
  };
  return {
    member,
    open: disable ? setMember : null,
    close: () => {
      setMember(null);
    },
    afterDeactivate,
    run,
  };
}

/** The clinic's staff; admins add members and deactivate or reactivate them. */
export function StaffPage() {
  const { user } = useSignedIn();
  const isAdmin = user.role === 'admin';
  const { data, error, loading } = useStaff();
  const actions = useStaffActions();
  const [adding, setAdding] = useState(false);
  const { active: activeAccounts, recorded } = useAccountsByStaff();
  const unrecorded = useMemo(() => new Set((data ?? []).filter((s) => !recorded.has(s.id)).map((s) => s.id)), [data, recorded]);
  const disabling = useDisableAccount(activeAccounts);
  const reenabling = useReenableAccount();
  const toggle = useToggleActive(disabling.afterDeactivate, reenabling.afterReactivate);

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
      {data && (
        <StaffTable
          staff={data}
          canManage={isAdmin}
          currentUserId={user.id}
          onToggleActive={toggle.setPending}
          activeAccounts={activeAccounts}
          onDisableAccount={disabling.open}
          unrecorded={unrecorded}
        />
      )}
      <DisableServerAccountModal
        member={disabling.member}
        accounts={disabling.member ? (activeAccounts.get(disabling.member.id) ?? []) : []}
        onDisable={disabling.run}
        onClose={disabling.close}
      />
      <ReenableServerAccountModal
        member={reenabling.member}
        accounts={reenabling.accounts}
        issued={reenabling.issued}
        serverUrl={reenabling.serverUrl}
        onReenable={reenabling.run}
        onClose={reenabling.close}
      />
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
        {toggle.pending?.active ? (
          <Stack>
            <Text>
              {`${toggle.pending.name} will no longer be offered as a primary clinician. Their records stay as they are.${(activeAccounts.get(toggle.pending.id)?.length ?? 0) > 0 ? ' Next, disable their server account so their laptop can no longer sync.' : ''}`}
            </Text>
            <Checkbox
              label="Also revoke their signing keys"
              description={`Reason “${DEACTIVATED_REASON}”. What they signed before now stays verified; anything signed with their keys from now on shows “Signature not verified”.`}
              checked={toggle.revokeKeys}
              onChange={(e) => {
                toggle.setRevokeKeys(e.currentTarget.checked);
              }}
            />
          </Stack>
        ) : (
          `${toggle.pending?.name ?? ''} will be offered as a primary clinician again.`
        )}
      </ConfirmModal>
    </Stack>
  );
}
