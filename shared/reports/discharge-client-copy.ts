/**
 * The record that the client copy of a signed discharge summary's aftercare plan was given (progress.md §7.3 "client
 * copies given on …", §7.4), as plan versions record theirs (client-copy-provided.ts): a client-copy entry in a status
 * history. A signed summary never changes, so each saved copy is its own signed `discharge_summary` record (like an
 * addendum), its planId the summary's id. Pure.
 */
import type { CarePlan } from '../domain/records';
import { clientCopyEntry, lastClientCopy } from '../progress/plans/client-copy-provided';

export interface DischargeClientCopy {
  readonly id: string;
  readonly summaryId: string;
  readonly clientId: string;
  /** The day the copy was given (the clinic's calendar day). */
  readonly givenOn: string;
  /** The staff member who gave it. */
  readonly givenBy: string;
  /** The instant it was recorded. */
  readonly recordedAt: string;
}

/** One record per saved copy: `at` (ms) keeps two copies of one day apart. */
export function dischargeClientCopyIdFor(summaryId: string, at: number): string {
  return `${summaryId}-copy-${String(at)}`;
}

export function dischargeClientCopyRecordOf(c: DischargeClientCopy, contentHash: string): CarePlan {
  return {
    id: c.id,
    kind: 'discharge_summary',
    status: 'signed',
    clientId: c.clientId,
    planId: c.summaryId,
    version: 0,
    previousVersionId: '',
    effectiveFrom: c.givenOn,
    reviewDueOn: '',
    contentHash,
    authorId: c.givenBy,
    createdAt: c.recordedAt,
    updatedAt: c.recordedAt,
    content: { entry: 'client_copy', what: 'aftercare_plan' },
    signatures: [],
    lifecycle: [clientCopyEntry('signed', c.givenOn, c.recordedAt, c.givenBy)],
  };
}

export function dischargeClientCopyOf(doc: CarePlan): DischargeClientCopy | null {
  if (doc.kind !== 'discharge_summary' || doc.content.entry !== 'client_copy') return null;
  const given = lastClientCopy(doc.lifecycle);
  if (!given) return null;
  return { id: doc.id, summaryId: doc.planId, clientId: doc.clientId, givenOn: given.on, givenBy: given.by, recordedAt: doc.createdAt };
}

/** The latest copy given of one summary's aftercare plan (the latest day, then the latest recorded), or null. */
export function aftercareCopyGiven(copies: readonly DischargeClientCopy[], summaryId: string): DischargeClientCopy | null {
  return (
    copies
      .filter((c) => c.summaryId === summaryId)
      .sort((a, b) => a.givenOn.localeCompare(b.givenOn) || a.recordedAt.localeCompare(b.recordedAt))
      .at(-1) ?? null
  );
}
