/**
 * A progress review (progress.md §5.1, §5.4): the evidence snapshot and recommendation it showed (frozen with the rule
 * set and its parameters), the clinician's decision, and its signatures. Decision support only: signing a review never
 * changes a level of care, a plan or a status by itself.
 */
import type { JsonObject } from '../../domain/records';
import type { RecommendationResult } from '../recommendation/engine';
import type { Recommendation } from '../recommendation/rules';
import type { ReviewSnapshot } from '../recommendation/snapshot';
import type { StructuredRatings } from './structured-ratings';
import type { RecordSignature } from '../../signing/signing-types';

/** What the clinician decides: the engine's four outcomes, plus a transfer to another program or provider. */
export type ReviewDecisionKind = Recommendation | 'transfer';

export const REVIEW_DECISIONS = ['continue', 'step_down', 'intensify', 'discharge', 'transfer'] as const satisfies readonly ReviewDecisionKind[];

export const DECISION_LABELS: Readonly<Record<ReviewDecisionKind, string>> = {
  continue: 'Continue',
  step_down: 'Step down',
  intensify: 'Intensify',
  discharge: 'Discharge',
  transfer: 'Transfer',
};

/** Why a decision differs from the recommendation (§5.4). */
export const OVERRIDE_REASONS = ['clinical_judgement', 'client_preference', 'payer_or_availability', 'data_quality', 'safety', 'other'] as const;
export type OverrideReason = (typeof OVERRIDE_REASONS)[number];

export const OVERRIDE_REASON_LABELS: Readonly<Record<OverrideReason, string>> = {
  clinical_judgement: 'Clinical judgement',
  client_preference: 'Client preference',
  payer_or_availability: 'Payer or availability',
  data_quality: 'Data quality',
  safety: 'Safety',
  other: 'Other',
};

/** A new modality the plan adds (the seed: "introduce CBT or DBT"). */
export const NEW_MODALITIES = ['CBT', 'DBT', 'ACT', 'MI', 'EMDR', 'other'] as const;
export type NewModality = (typeof NEW_MODALITIES)[number];

/** The changes to the plan the review asks for; the plan itself changes only through a new plan version. */
export interface PlanChanges {
  /** New session frequency in plain words ("3 groups and 1 individual a week"); '' for unchanged. */
  readonly frequency: string;
  readonly newModality: NewModality | '';
  readonly medicationReviewRequested: boolean;
  readonly familyInvolvement: boolean;
}

/** One documented outreach attempt before a disengagement discharge (§5.5). */
export interface OutreachAttempt {
  readonly date: string;
  readonly method: 'phone' | 'text' | 'letter' | 'emergency_contact';
}

/** The clinician's decision as typed; '' means "not chosen yet" (a draft may be incomplete, a signature may not). */
export interface ReviewDecisionInput {
  readonly decision: ReviewDecisionKind | '';
  readonly overrideReason: OverrideReason | '';
  readonly rationale: string;
  readonly planChanges: PlanChanges;
  /** The level of care the decision aims for (e.g. "OP"); required for step down, intensify to a higher level, transfer. */
  readonly targetLevelOfCare: string;
  /** When the target level should start; required with a target level. */
  readonly targetDate: string;
  readonly clientParticipated: boolean;
  readonly familyParticipated: boolean;
  readonly outreach: readonly OutreachAttempt[];
  /**
   * Optional ASAM/LOCUS ratings (§5.6). Absent (not in EMPTY_DECISION) on reviews without them, so the canonical
   * content, and so the hash, of reviews signed before ratings existed stays the same.
   */
  readonly ratings?: StructuredRatings;
}

export const EMPTY_DECISION: ReviewDecisionInput = {
  decision: '',
  overrideReason: '',
  rationale: '',
  planChanges: { frequency: '', newModality: '', medicationReviewRequested: false, familyInvolvement: false },
  targetLevelOfCare: '',
  targetDate: '',
  clientParticipated: false,
  familyParticipated: false,
  outreach: [],
};

/** A signature on a review or its co-sign/addendum record. */
export interface ReviewSignature {
  readonly role: 'author' | 'supervisor';
  readonly signerId: string;
  readonly signedAt: string;
  /** The exact sentence shown when signing. */
  readonly attestation: string;
  /** Equals the review's content hash. */
  readonly contentHash: string;
  /** The signer's key signature over the content hash; absent on reviews signed before signature keys. */
  readonly key?: RecordSignature;
}

/** The review document as the app reads it. */
export interface ProgressReview {
  readonly id: string;
  readonly clientId: string;
  readonly status: 'draft' | 'signed';
  readonly asOfDate: string;
  /** The review date this review answers (the plan's or the last review's), '' for an ad-hoc review. */
  readonly dueOn: string;
  /** The treatment-plan version reviewed, '' when the client has no active plan. */
  readonly planVersionId: string;
  /** Frozen evidence (the panels shown), as the snapshot loader gave it; null until loaded. */
  readonly evidence: JsonObject | null;
  readonly snapshot: ReviewSnapshot | null;
  /** The engine's result, with ruleSetVersion and the frozen parameters; null until the snapshot is loaded. */
  readonly recommendation: RecommendationResult | null;
  readonly decision: ReviewDecisionInput;
  /** Set at signing: the next review date this review sets. */
  readonly nextReviewDueOn: string;
  /** Set at signing when the author is supervised or the decision needs a supervisor (§5.4). */
  readonly cosignRequired: boolean;
  readonly contentHash: string;
  readonly signatures: readonly ReviewSignature[];
  readonly authorId: string;
  readonly createdAt: string;
  readonly updatedAt: string;
  readonly signedAt: string;
}

/** A co-signature or addendum: its own signed record pointing at the review (a signed review never changes). */
export interface ReviewAttachment {
  readonly id: string;
  readonly reviewId: string;
  readonly clientId: string;
  readonly entry: 'cosign' | 'addendum';
  /** The addendum's text; '' for a co-sign. */
  readonly text: string;
  readonly signerId: string;
  readonly signedAt: string;
  /** The signer's key signature (a co-sign over the review's hash, an addendum over its own); absent before keys. */
  readonly signature?: RecordSignature;
}
