import { firstValueFrom } from 'rxjs';
import { watchAudit, type WaypointDatabase } from '../../../renderer/db';
import type { ActorContext } from '../../../renderer/session';
import type { StaffRole } from '../../../shared/domain/staff';
import { newKey, openDb } from '../db-helpers';

let n = 0;

/** A fresh sealed database on fake IndexedDB and an actor on a clock the test moves (one minute per write by default). */
export async function actorOn(role: StaffRole, id = `staff-${role}`) {
  n += 1;
  const db = await openDb(`actions-${String(n)}`, await newKey());
  const clock = { at: new Date('2026-12-04T09:00:00Z').getTime() };
  const ctx: ActorContext = { db, actor: { id, role }, now: () => new Date(clock.at) };
  return { ctx, db, clock, tick: (ms = 60_000) => (clock.at += ms) };
}

/** The audit events, oldest first, as what a reviewer reads. */
export async function auditTrail(db: WaypointDatabase) {
  const events = await firstValueFrom(watchAudit(db, { limit: 200 }));
  return [...events].reverse().map(({ action, entity, entityId, actorId, detail, at }) => ({ action, entity, entityId, actorId, detail, at }));
}
