import { useState } from 'react';
import type { Staff } from '../../../shared/domain/staff';
import { notify } from '../../components/notify';
import { useActorContext } from '../../session';
import type { SyncCredentials } from '../../sync/encrypting-fetch';
import { useClinicSync } from '../sync';
import { reenableServerAccounts, type ReenabledAccount } from './reenable-actions';
import { useAccountsByStaff } from './useStaff';

/** "Re-enable their server account" (issue 18), offered right after reactivating a member whose account was disabled. */
export function useReenableAccount() {
  const ctx = useActorContext();
  const { enroll, server } = useClinicSync();
  const { disabled } = useAccountsByStaff();
  const [member, setMember] = useState<Staff | null>(null);
  const [issued, setIssued] = useState<readonly ReenabledAccount[] | null>(null);
  const afterReactivate = (m: Staff) => {
    if ((disabled.get(m.id)?.length ?? 0) === 0) return;
    if (server) setMember({ ...m, active: true });
    else
      notify(`${m.name}'s server account is still disabled. Connect this laptop to the clinic server, then enroll their laptop again.`, {
        title: 'Server account still disabled',
      });
  };
  const run = async (admin: SyncCredentials) => {
    if (!member || !server) return;
    setIssued(await reenableServerAccounts(ctx, { enroll, serverUrl: server.url, admin }, member));
  };
  const close = () => {
    setMember(null);
    setIssued(null);
  };
  return { member, accounts: member ? (disabled.get(member.id) ?? []) : [], issued, serverUrl: server?.url ?? '', afterReactivate, run, close };
}
