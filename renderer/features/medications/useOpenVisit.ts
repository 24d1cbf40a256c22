import type { MedicationHistory } from '../../../shared/domain/medication-events';
import { useLiveQuery, watchClientSessions, type Session } from '../../db';

const NO_OTHERS: readonly string[] = [];

/** Medication visits started but not finished (no 'visit' event yet), newest first: they can be resumed. */
export function openVisits(sessions: readonly Session[], history: Pick<MedicationHistory, 'visits'>): readonly Session[] {
  const finished = new Set(history.visits.map((v) => v.sessionId));
  return sessions.filter((s) => s.kind === 'medication' && s.status === 'held' && !finished.has(s.id));
}

/** The client's sessions, kept live (to find a medication visit left open, e.g. after switching tabs). */
export function useClientSessions(clientId: string): readonly Session[] | undefined {
  return useLiveQuery((db) => watchClientSessions(db, clientId, NO_OTHERS), [clientId]).data;
}
