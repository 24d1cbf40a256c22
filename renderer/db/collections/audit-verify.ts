import { verifyAuditChains, type AuditChainReport } from '../../../shared/audit/audit-chain';
import type { WaypointDatabase } from '../schema-plan';
import { auditDeviceId, auditEventHash, toAuditEvent } from './audit.collection';

/** What a verification of the whole audit log found, and which device is this laptop. */
export interface AuditTrailCheck extends AuditChainReport {
  readonly thisDeviceId: string;
  readonly checkedAt: string;
}

/**
 * Reads every audit event on this laptop (its own and those synced from others), hashes each chained one and checks
 * every device's chain. Reads the whole log: run it on demand or on opening the log, not on every render.
 */
export async function checkAuditTrail(db: WaypointDatabase, now: Date): Promise<AuditTrailCheck> {
  const events = (await db.audit.find().exec()).map((d) => toAuditEvent(d.toMutableJSON(false)));
  const hashes = new Map<string, string>();
  for (const e of events) if (e.chain) hashes.set(e.id, await auditEventHash({ ...e, chain: e.chain }));
  const report = verifyAuditChains(events, (e) => hashes.get(e.id) ?? '');
  return { ...report, thisDeviceId: await auditDeviceId(db), checkedAt: now.toISOString() };
}
