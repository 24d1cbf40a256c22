import { useMemo } from 'react';
import type { JsonObject } from '../../../shared/domain/records';
import type { ReviewSnapshot } from '../../../shared/progress';
import { useReviewEvidence } from '../../progress';

/** The evidence a review shows, computed live from the records (progress.md §5.2). */
export interface LiveEvidence {
  readonly status: 'loading' | 'ready' | 'error';
  readonly snapshot: ReviewSnapshot | null;
  /** The §5.2 panels as stored JSON (what a signed review keeps frozen). */
  readonly evidence: JsonObject | null;
  readonly message: string;
}

/** Plain JSON, as stored: undefined fields dropped, so a stored copy compares equal to the live one. */
const asStored = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

/** The client's evidence snapshot as of a date, kept live (renderer/progress's loader). */
export function useLiveEvidence(clientId: string, asOfDate: string): LiveEvidence {
  const { data, error } = useReviewEvidence(clientId, asOfDate);
  return useMemo(() => {
    if (error) return { status: 'error', snapshot: null, evidence: null, message: `The evidence could not be computed: ${error.message}` };
    if (!data) return { status: 'loading', snapshot: null, evidence: null, message: 'Computing the evidence…' };
    return { status: 'ready', snapshot: asStored(data.snapshot), evidence: asStored(data.evidence) as unknown as JsonObject, message: '' };
  }, [data, error]);
}
