import { useCallback, useEffect, useState } from 'react';
import type { SigningKey } from '../../../shared/signing/signing-types';
import type { StaffRole } from '../../../shared/domain/staff';
import { useLiveQuery, watchKeyRecords, watchStaff } from '../../db';
import { useActorContext } from '../../session';
import { currentSigningSession } from '../../signing/signing-session';
import { renewRevokedKey } from '../../signing/renew-key';
import { certifyKey } from './certify-actions';
import { revokeKey } from './revoke-actions';
import { signingKeysView, type SigningKeysView } from './signing-key-rows';

/** The clinic's signing keys with their certification state, kept live; null while loading. */
export function useSigningKeys(): SigningKeysView | null {
  const records = useLiveQuery((db) => watchKeyRecords(db), []);
  const staff = useLiveQuery((db) => watchStaff(db), []);
  const [view, setView] = useState<SigningKeysView | null>(null);
  useEffect(() => {
    if (!records.data || !staff.data) return;
    let live = true;
    void signingKeysView(records.data, staff.data, currentSigningSession()).then((v) => {
      if (live) setView(v);
    });
    return () => {
      live = false;
    };
  }, [records.data, staff.data]);
  return view;
}

export function useCertifyKey(): (key: SigningKey, role: StaffRole) => Promise<void> {
  const ctx = useActorContext();
  return useCallback((key, role) => certifyKey(ctx, key, role), [ctx]);
}

export function useRevokeKey(): (key: SigningKey, reason: string) => Promise<void> {
  const ctx = useActorContext();
  return useCallback((key, reason) => revokeKey(ctx, key, reason), [ctx]);
}

/** The signed-in user replaces their own revoked key on this laptop with a new one (published for certification). */
export function useRenewOwnKey(): () => Promise<boolean> {
  const ctx = useActorContext();
  return useCallback(async () => (await renewRevokedKey(ctx.db, ctx.now())) !== null, [ctx]);
}
