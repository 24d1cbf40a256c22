/**
 * Corrections of recorded safety events (progress.md §0.5 "corrections are new entries that supersede by id"): a
 * recorded event is never changed; a correction is a new entry naming the one it corrects, or saying it was entered
 * in error. Lists, the review evidence and the dashboard count only the current entries; the originals stay readable.
 */

/** What the "current event" rule reads of an entry. */
export interface SupersedingEntry {
  readonly id: string;
  /** The entry this one corrects ('' for none). */
  readonly supersedesId: string;
  /** This entry withdraws the one it supersedes: neither is current. */
  readonly enteredInError: boolean;
}

/**
 * The entries that count: not superseded by another entry and not an entered-in-error withdrawal. Two corrections of
 * the same entry (written apart, e.g. on two devices before a sync) both stay current, so neither is hidden silently.
 */
export function currentSafetyEvents<T extends SupersedingEntry>(entries: readonly T[]): T[] {
  const superseded = new Set(entries.map((e) => e.supersedesId).filter((id) => id !== ''));
  return entries.filter((e) => !superseded.has(e.id) && !e.enteredInError);
}

/** The entries an entry replaced, newest first (the one it corrects, then the one that one corrected …). */
export function correctedEntriesOf<T extends SupersedingEntry>(entries: readonly T[], id: string): T[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const chain: T[] = [];
  const seen = new Set<string>([id]);
  for (let e = byId.get(byId.get(id)?.supersedesId ?? ''); e && !seen.has(e.id); e = byId.get(e.supersedesId)) {
    seen.add(e.id);
    chain.push(e);
  }
  return chain;
}

/** Why a correction cannot be recorded ('' when it can): the entry must be current, and a correction always says why. */
export function safetyEventCorrectionProblem(entries: readonly SupersedingEntry[], correctsId: string, reason: string): string {
  const target = entries.find((e) => e.id === correctsId);
  if (!target || target.enteredInError) return 'This safety event was not found.';
  if (!currentSafetyEvents(entries).some((e) => e.id === correctsId)) return 'This entry was already corrected: correct the current one.';
  return reason.trim() === '' ? 'Say why this safety event is corrected.' : '';
}
