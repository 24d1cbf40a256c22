import type { WriteContext } from '../../../renderer/db';
import { SYNC_PLANS, type CollectionSyncPlan } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import type { ClientInput } from '../../../shared/domain/client';
import { clientInput } from '../../utils/client-input';
import { crypto } from '../db-helpers';
import { ADMIN, type TestServer } from './server-fixture';

/** Staff A writing at `hhmm` (UTC) on 2026-12-05, the sync tests' day. */
export const staffAAt = (hhmm: string): WriteContext => ({ authorId: 'staff-a', now: new Date(`2026-12-05T${hhmm}:00.000Z`) });

/** A sync test's client: born 1988-03-03, in staff A's Adult IOP program; `over` names them (and changes any field). */
export const syncClient = (over: Partial<ClientInput>): ClientInput =>
  clientInput({ dateOfBirth: '1988-03-03', program: 'Adult IOP', primaryClinicianId: 'staff-a', ...over });

/** Clinic `clinicId` provisioned on the test server (guard of `collections`), its new master key, and its databases' URLs. */
export async function provisionedClinic(server: TestServer, clinicId: string, collections: readonly CollectionSyncPlan[] = SYNC_PLANS) {
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections });
  const master = createMasterKey(crypto);
  return { clinicId, master, db: (collection: string) => `${server.url}/wp_${clinicId}_${collection}` };
}
