import type { JsonObject } from '../../../shared/domain/records';
import type { ReviewSnapshot } from '../../../shared/progress';

/** The evidence a review shows, computed live from the records (progress.md §5.2). */
export interface LiveEvidence {
  readonly status: 'loading' | 'ready' | 'unavailable' | 'error';
  readonly snapshot: ReviewSnapshot | null;
  readonly evidence: JsonObject | null;
  readonly message: string;
}

const UNAVAILABLE: LiveEvidence = { status: 'unavailable', snapshot: null, evidence: null, message: 'The evidence snapshot cannot be computed in this build yet.' };

/** The client's evidence snapshot as of a date (the episodes slice's loader plugs in here). */
export function useLiveEvidence(clientId: string, asOfDate: string): LiveEvidence {
  if (clientId === '') return UNAVAILABLE;
  return { ...UNAVAILABLE, message: `The evidence snapshot as of ${asOfDate} cannot be computed in this build yet.` };
}
