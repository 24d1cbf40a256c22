import { episodesOf, openEpisode, type Episode } from '../../../shared/progress/episodes';
import { blankPlan, inEpisode, type PlanStartInput } from '../../../shared/progress/plans/plan-builders';
import { rolesToActivate } from '../../../shared/progress/plans/signatures';
import { hashSignerOf } from '../../../shared/progress/plans/plan-signatures';
import { signerFor } from '../../signing';
import type { Signature, SignatureRole, TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { newVersionFrom, revisionRefusal } from '../../../shared/progress/plans/versioning';
import { auditFor } from '../../audit';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import {
  findEpisodeEventsForClient,
  getClient,
  getPlanVersion,
  getStaff,
  insertPlanDraft,
  planRecordOf,
  savePlanDraft,
  setPlanVersionStatus,
  signPlanVersion,
  PlanLockedError,
  type WaypointDatabase,
} from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/*
 * Every treatment-plan write (progress.md §1) with its audit event: start a plan, save its draft, sign as author,
 * record the client's acknowledgement, co-sign as supervisor, start a revision, discard an unsigned one. The audit
 * detail names what happened, never what was written.
 */

/** The sentence the author signs under (stored with the signature, §1.6). */
export const AUTHOR_ATTESTATION = 'I wrote this treatment plan version with the client and sign it as its author.';
export const SUPERVISOR_ATTESTATION = 'I reviewed this treatment plan version and co-sign it as supervisor.';
export const CLIENT_ATTESTATIONS = {
  in_app: 'I have read this treatment plan and agree to it.',
  verbal_telehealth_attested: 'The clinician attests that the client reviewed this plan over video and agreed to it.',
  paper_scanned: 'The client signed the printed plan; the signed copy is scanned into the record.',
} as const satisfies Readonly<Record<Signature['method'], string>>;

export type ClientMethod = keyof typeof CLIENT_ATTESTATIONS;

const describeVersion = (v: Pick<TreatmentPlanVersion, 'version' | 'clientId'>) => `plan version ${String(v.version)} (client ${v.clientId})`;

async function staffName(db: WaypointDatabase, id: string): Promise<string> {
  return (await getStaff(db, id))?.name ?? id;
}

/** The roles that make this version active: the author's co-sign rule is the notes' (a supervised author). */
export async function requiredRoles(db: WaypointDatabase, version: TreatmentPlanVersion, authorId: string): Promise<readonly SignatureRole[]> {
  const author = await getStaff(db, authorId);
  return rolesToActivate(version.reviewPreset, author?.supervised === true);
}

async function storedVersion(db: WaypointDatabase, versionId: string): Promise<TreatmentPlanVersion> {
  const v = await getPlanVersion(db, versionId);
  if (!v) throw new PlanLockedError('This plan version no longer exists on this laptop.');
  return v;
}

/** The client's open episode as stored on this laptop (null before any admission is recorded). */
async function currentEpisode(db: WaypointDatabase, clientId: string): Promise<Episode | null> {
  const client = await getClient(db, clientId);
  return openEpisode(episodesOf(await findEpisodeEventsForClient(db, clientId), client?.dischargeDate ?? null));
}

/** Starts version 1 of a client's treatment plan as an empty draft, in the client's open episode when there is one. */
export async function startPlan(ctx: ActorContext, start: PlanStartInput): Promise<TreatmentPlanVersion> {
  const stamp = writeStamp(ctx);
  const saved = await insertPlanDraft(ctx.db, inEpisode(blankPlan(start), await currentEpisode(ctx.db, start.clientId)), stamp);
  await auditFor(ctx, 'plan')('create', saved.versionId, `Started ${describeVersion(saved)}`, stamp.now);
  return saved;
}

/** Saves a draft's content (refused with the errors by field when a value is wrong); the first save of an editing session is audited. */
export async function savePlan(ctx: ActorContext, draft: TreatmentPlanVersion, first: boolean): Promise<TreatmentPlanVersion> {
  const stamp = writeStamp(ctx);
  const saved = await savePlanDraft(ctx.db, draft, stamp);
  if (first) await auditFor(ctx, 'plan')('edit', saved.versionId, `Edited the draft of ${describeVersion(saved)}`, stamp.now);
  return saved;
}

/** Keeps a draft version that arrived from another laptop while unsaved typing here was saved over it (Conflicts shows it). */
export async function keepArrivedPlan(ctx: ActorContext, arrived: TreatmentPlanVersion): Promise<void> {
  const now = ctx.now();
  await keepOverwrittenVersion(ctx.db, 'careplans', { ...planRecordOf(arrived, ctx.actor.id, now.toISOString()) }, now);
}

/** Starts the next version from the active one (ids carried forward, episode the current one); refused while another revision is unsigned. */
export async function startRevision(
  ctx: ActorContext,
  versions: readonly TreatmentPlanVersion[],
  start: { readonly versionId: string; readonly effectiveFrom: string },
): Promise<TreatmentPlanVersion> {
  const active = versions.find((v) => v.status === 'active');
  if (!active) throw new PlanLockedError('Only the active version can be revised; sign the plan first.');
  const refusal = revisionRefusal(versions, active);
  if (refusal) throw new PlanLockedError(refusal);
  const stamp = writeStamp(ctx);
  const next = inEpisode(newVersionFrom(active, { ...start, basedOnReviewId: null }), await currentEpisode(ctx.db, active.clientId));
  const draft = await insertPlanDraft(ctx.db, next, stamp);
  await auditFor(ctx, 'plan')('create', draft.versionId, `Started ${describeVersion(draft)} as a revision of version ${String(active.version)}`, stamp.now);
  return draft;
}

/** Signs a draft as its author: its content is checked for signing, frozen and hashed; active when no co-sign is needed. */
export async function signAsAuthor(ctx: ActorContext, versionId: string, shownContentHash: string): Promise<TreatmentPlanVersion> {
  const stamp = writeStamp(ctx);
  const stored = await storedVersion(ctx.db, versionId);
  const required = await requiredRoles(ctx.db, stored, ctx.actor.id);
  const signature = {
    role: 'author',
    signerId: ctx.actor.id,
    signerName: await staffName(ctx.db, ctx.actor.id),
    signedAt: stamp.now.toISOString(),
    method: 'in_app',
    attestation: AUTHOR_ATTESTATION,
    shownContentHash,
  } as const;
  const signed = await signPlanVersion(ctx.db, versionId, signature, required, stamp, hashSignerOf(signerFor(ctx.actor.id), 'plan'));
  const state = signed.status === 'active' ? 'now active' : 'awaiting the supervisor’s co-sign';
  await auditFor(ctx, 'plan')('sign', versionId, `Signed ${describeVersion(signed)} as author; ${state}`, stamp.now);
  return signed;
}

async function addSignature(
  ctx: ActorContext,
  versionId: string,
  signature: Omit<Signature, 'contentHash'> & { readonly shownContentHash: string },
  detail: string,
  action: 'sign' | 'cosign' = 'sign',
): Promise<TreatmentPlanVersion> {
  // Only a co-sign is a staff member's own signature here; the client's acknowledgement carries no key.
  const sign = action === 'cosign' ? hashSignerOf(signerFor(ctx.actor.id), 'plan-cosign') : null;
  const stamp = writeStamp(ctx);
  const stored = await storedVersion(ctx.db, versionId);
  const author = stored.signatures.find((s) => s.role === 'author');
  if (!author?.signerId) throw new PlanLockedError('The author signs first.');
  const signed = await signPlanVersion(ctx.db, versionId, signature, await requiredRoles(ctx.db, stored, author.signerId), stamp, sign);
  await auditFor(ctx, 'plan')(action, versionId, `${detail} on ${describeVersion(signed)}; status ${signed.status.replace(/_/g, ' ')}`, stamp.now);
  return signed;
}

/** What a clinician records for the client's acknowledgement of a signed version. */
export interface ClientAcknowledgement {
  readonly method: ClientMethod;
  /** The client's (or guardian's) name as they sign or as attested. */
  readonly signerName: string;
  /** Set when the client declined to sign: the reason, required. */
  readonly declinedReason: string | null;
  readonly shownContentHash: string;
}

/** Records the client's acknowledgement (signed in app, attested verbally over video, or paper) or their refusal. */
export async function acknowledgeForClient(ctx: ActorContext, versionId: string, ack: ClientAcknowledgement): Promise<TreatmentPlanVersion> {
  const at = ctx.now().toISOString();
  const declined = ack.declinedReason === null ? undefined : { reason: ack.declinedReason, recordedBy: ctx.actor.id, at };
  const signature = {
    role: 'client',
    signerId: null,
    signerName: ack.signerName,
    signedAt: declined ? null : at,
    method: ack.method,
    attestation: CLIENT_ATTESTATIONS[ack.method],
    shownContentHash: ack.shownContentHash,
    ...(declined ? { declined } : {}),
  } as const;
  const how = { in_app: 'signed in the app', verbal_telehealth_attested: 'attested verbally over video', paper_scanned: 'signed on paper' }[ack.method];
  return addSignature(ctx, versionId, signature, declined ? 'Client declined to sign (reason recorded)' : `Client acknowledgement ${how}`);
}

/** Co-signs as supervisor: not the author, and only a supervisor or admin. */
export async function cosignAsSupervisor(ctx: ActorContext, versionId: string, shownContentHash: string): Promise<TreatmentPlanVersion> {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin') throw new PlanLockedError('Only a supervisor can co-sign a plan.');
  const stored = await storedVersion(ctx.db, versionId);
  if (stored.signatures.some((s) => s.role === 'author' && s.signerId === ctx.actor.id)) throw new PlanLockedError('The author cannot co-sign their own plan.');
  const signature = {
    role: 'supervisor',
    signerId: ctx.actor.id,
    signerName: await staffName(ctx.db, ctx.actor.id),
    signedAt: ctx.now().toISOString(),
    method: 'in_app',
    attestation: SUPERVISOR_ATTESTATION,
    shownContentHash,
  } as const;
  return addSignature(ctx, versionId, signature, 'Co-signed as supervisor', 'cosign');
}

/** Discards an unsigned version (kept, marked entered in error with the reason); the active version stays in force. */
export async function discardOpenVersion(ctx: ActorContext, versionId: string, reason: string): Promise<TreatmentPlanVersion> {
  const stamp = writeStamp(ctx);
  const discarded = await setPlanVersionStatus(ctx.db, versionId, 'entered_in_error', reason, stamp);
  await auditFor(ctx, 'plan')('edit', versionId, `Discarded the unsigned ${describeVersion(discarded)} (reason recorded)`, stamp.now);
  return discarded;
}
