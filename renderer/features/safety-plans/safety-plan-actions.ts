/*
 * Writes of safety and relapse-prevention plans, each followed by its audit event (progress.md §0.8, §4). Signing a
 * safety plan while the client has an open safety alert answers the alert with the plan (§4.3, instruments.md §15.4).
 */
import { firstValueFrom } from 'rxjs';
import { awaitingClientAcknowledgement } from '../../../shared/progress/plans/signatures';
import { hashSignerOf } from '../../../shared/progress/plans/plan-signatures';
import { signerFor } from '../../signing';
import { revisionRefusal } from '../../../shared/progress/plans/versioning';
import { newSafetyPlan, nextSafetyPlanVersion, planTitle, type SafetyPlanKind, type SafetyPlanVersion } from '../../../shared/progress/safety-plans';
import { auditFor } from '../../audit';
import {
  PlanLockedError,
  addSafetyPlanSignature,
  getSafetyPlanVersion,
  insertSafetyPlanDraft,
  recordSafetyPlanReview,
  safetyPlanRecordOf,
  saveSafetyPlanDraft,
  signSafetyPlanVersion,
  watchSafetyPlans,
} from '../../db';
import { keepOverwrittenVersion } from '../../sync/sync-records';
import { writeStamp, type ActorContext } from '../../session';
import { acknowledgeSafetyAlert, findOpenSafetyAlertResponses } from '../safety-alerts';

/** The sentence the author signs under. */
export const SAFETY_PLAN_ATTESTATION = 'I wrote this plan together with the client and reviewed it with them.';

const lower = (kind: SafetyPlanKind) => planTitle(kind).toLowerCase();
const named = (v: Pick<SafetyPlanVersion, 'kind' | 'version'>) => `${planTitle(v.kind)} version ${String(v.version)}`;

async function versionOrThrow(ctx: ActorContext, versionId: string): Promise<SafetyPlanVersion> {
  const v = await getSafetyPlanVersion(ctx.db, versionId);
  if (!v) throw new Error('This plan version was not found.');
  return v;
}

/** Starts version 1 of a client's plan as a draft (crisis lines filled in). */
export async function startSafetyPlan(ctx: ActorContext, clientId: string, kind: SafetyPlanKind, today: string): Promise<SafetyPlanVersion> {
  const stamp = writeStamp(ctx);
  const { versions } = await firstValueFrom(watchSafetyPlans(ctx.db, clientId, kind));
  if (versions.length > 0) throw new PlanLockedError(`This client already has a ${lower(kind)}: revise it instead.`);
  const id = crypto.randomUUID();
  const draft = await insertSafetyPlanDraft(ctx.db, newSafetyPlan({ versionId: id, planId: id, kind, clientId, effectiveFrom: today }), stamp);
  await auditFor(ctx, 'plan')('create', draft.versionId, `Started a ${lower(kind)} for client ${clientId} (version 1)`, stamp.now);
  return draft;
}

/** Starts the next version of the plan in force as a draft; refused while an unsigned version is open. */
export async function reviseSafetyPlan(ctx: ActorContext, activeVersionId: string, today: string): Promise<SafetyPlanVersion> {
  const stamp = writeStamp(ctx);
  const base = await versionOrThrow(ctx, activeVersionId);
  const { versions } = await firstValueFrom(watchSafetyPlans(ctx.db, base.clientId, base.kind));
  const refusal = revisionRefusal(versions, base);
  if (refusal) throw new PlanLockedError(refusal);
  const draft = await insertSafetyPlanDraft(ctx.db, nextSafetyPlanVersion(base, { versionId: crypto.randomUUID(), effectiveFrom: today }), stamp);
  await auditFor(ctx, 'plan')(
    'create',
    draft.versionId,
    `Started ${named(draft)} for client ${draft.clientId}, revising version ${String(base.version)}`,
    stamp.now,
  );
  return draft;
}

/** Saves a draft as typed; the first save of an editing session is audited (never the content). */
export async function saveSafetyPlan(ctx: ActorContext, draft: SafetyPlanVersion, first: boolean): Promise<SafetyPlanVersion> {
  const stamp = writeStamp(ctx);
  const saved = await saveSafetyPlanDraft(ctx.db, draft, stamp);
  if (first) await auditFor(ctx, 'plan')('edit', saved.versionId, `${named(saved)} draft edited (client ${saved.clientId})`, stamp.now);
  return saved;
}

/** Keeps a draft version that arrived from another laptop while unsaved typing here was saved over it (Conflicts shows it). */
export async function keepArrivedSafetyPlan(ctx: ActorContext, arrived: SafetyPlanVersion): Promise<void> {
  const now = ctx.now();
  await keepOverwrittenVersion(ctx.db, 'careplans', { ...safetyPlanRecordOf(arrived, ctx.actor.id, now.toISOString()) }, now);
}

export interface SignedSafetyPlan {
  readonly version: SafetyPlanVersion;
  /** How many open safety alerts the signed safety plan answered (0 for a relapse-prevention plan). */
  readonly answeredAlerts: number;
}

/**
 * The author signs the draft (it becomes the plan in force, the previous version superseded), audited with its hash.
 * A signed safety plan answers every open safety alert of the client, naming the plan as the response.
 */
export async function signSafetyPlan(ctx: ActorContext, versionId: string, signerName: string): Promise<SignedSafetyPlan> {
  const stamp = writeStamp(ctx);
  const input = {
    role: 'author',
    signerId: ctx.actor.id,
    signerName,
    signedAt: stamp.now.toISOString(),
    method: 'in_app',
    attestation: SAFETY_PLAN_ATTESTATION,
    shownContentHash: null,
  } as const;
  const version = await signSafetyPlanVersion(ctx.db, versionId, input, stamp, hashSignerOf(signerFor(ctx.actor.id), 'safety-plan'));
  await auditFor(ctx, 'plan')('sign', version.versionId, `${named(version)} signed for client ${version.clientId} (SHA-256 ${version.contentHash})`, stamp.now);
  return { version, answeredAlerts: await answerOpenAlerts(ctx, version, `${named(version)} signed as the response to this alert.`) };
}

/** A safety plan signed or reviewed answers the client's open safety alerts (a signed acknowledgement naming it). */
async function answerOpenAlerts(ctx: ActorContext, version: SafetyPlanVersion, note: string): Promise<number> {
  if (version.kind !== 'safety_plan') return 0;
  const open = await findOpenSafetyAlertResponses(ctx.db, version.clientId);
  if (open.length > 0) await acknowledgeSafetyAlert(ctx, version.clientId, { responseIds: open.map((r) => r.id), action: 'safety-plan-reviewed', note });
  return open.length;
}

/** Records that the plan in force was reviewed and needs no change (§4.3), audited; it answers an open alert too. */
export async function markSafetyPlanReviewed(ctx: ActorContext, versionId: string, note: string): Promise<SignedSafetyPlan> {
  const stamp = writeStamp(ctx);
  const version = await recordSafetyPlanReview(ctx.db, versionId, note.trim() || 'Reviewed, no change.', stamp);
  await auditFor(ctx, 'plan')('edit', versionId, `${named(version)} reviewed with no change (client ${version.clientId})`, stamp.now);
  return { version, answeredAlerts: await answerOpenAlerts(ctx, version, `${named(version)} reviewed with the client: no change needed.`) };
}

/** How the client acknowledged the plan (there is no client portal: progress.md §1.6). */
export type AcknowledgementMethod = 'verbal_telehealth_attested' | 'paper_scanned';

export interface AcknowledgementInput {
  readonly clientName: string;
  readonly method: AcknowledgementMethod;
  /** The client's reason when they declined to acknowledge it; null when they acknowledged it. */
  readonly declinedReason: string | null;
}

const ACK_ATTESTATION: Readonly<Record<AcknowledgementMethod, string>> = {
  verbal_telehealth_attested: 'I attest that the client reviewed this plan with me over video and acknowledged it.',
  paper_scanned: 'The client signed the printed copy of this plan and it was returned.',
};

/** Records the client's acknowledgement of a signed version (or that they declined, with why), audited. */
export async function acknowledgeSafetyPlan(
  ctx: ActorContext,
  versionId: string,
  { clientName, method, declinedReason }: AcknowledgementInput,
): Promise<SafetyPlanVersion> {
  const stamp = writeStamp(ctx);
  if (!awaitingClientAcknowledgement(await versionOrThrow(ctx, versionId)))
    throw new PlanLockedError('The client’s acknowledgement of this version is already recorded.');
  const at = stamp.now.toISOString();
  const declined = declinedReason === null ? undefined : { reason: declinedReason.trim(), recordedBy: ctx.actor.id, at };
  const input = {
    role: 'client',
    signerId: null,
    signerName: clientName,
    signedAt: declined ? null : at,
    method,
    attestation: ACK_ATTESTATION[method],
    shownContentHash: null,
    ...(declined ? { declined } : {}),
  } as const;
  const version = await addSafetyPlanSignature(ctx.db, versionId, input, stamp);
  const what = declined ? 'declined to acknowledge' : 'acknowledged';
  await auditFor(ctx, 'plan')('sign', versionId, `Client ${what} ${named(version)} (client ${version.clientId}, ${method.replace(/_/g, ' ')})`, stamp.now);
  return version;
}
