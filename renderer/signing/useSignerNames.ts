import { useCallback, useMemo } from 'react';
import { useLiveQuery, watchStaff } from '../db';

/**
 * The staff member's name by id, for "Signature of … verified": the name shown is the person whose key must have
 * signed, never a name typed into the record.
 */
export function useSignerNames(): (signerId: string) => string {
  const staff = useLiveQuery((db) => watchStaff(db), []).data;
  const names = useMemo(() => new Map((staff ?? []).map((s) => [s.id, s.name])), [staff]);
  return useCallback((signerId: string) => names.get(signerId) ?? 'an unknown staff member', [names]);
}
