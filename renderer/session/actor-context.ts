import type { StaffRole } from '../../shared/domain/staff';
import type { WaypointDatabase } from '../db';

/** Who acts: the signed-in staff member (their staff id authors every record they write). */
export interface Actor {
  readonly id: string;
  readonly role: StaffRole;
}

/**
 * What every use case (`*-actions.ts`) runs against: the database, who acts and the clock. Plain data, so an action is
 * a function of (context, input) that a test calls on real storage with a fixed clock.
 */
export interface ActorContext {
  readonly db: WaypointDatabase;
  readonly actor: Actor;
  readonly now: () => Date;
}

/** The author and time of one write, read once so the record and its audit event carry the same instant. */
export function writeStamp(ctx: ActorContext): { readonly authorId: string; readonly now: Date } {
  return { authorId: ctx.actor.id, now: ctx.now() };
}
