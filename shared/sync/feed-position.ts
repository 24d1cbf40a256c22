/**
 * Whether a laptop has everything the server's change feed holds for one database (docs/sync.md "Proving up to
 * date"). The laptop's pull checkpoint is the feed sequence it has stored everything up to; the server lists what
 * came after it (`_changes?since=<checkpoint>`, ids only). Design documents are server configuration that never
 * reaches a laptop, so they alone do not make it behind.
 */

export interface FeedRow {
  readonly id: string;
}

/** The sequence a pull checkpoint holds ('0' before the first pull). RxDB's CouchDB checkpoint is `{ sequence }`. */
export function checkpointSequence(checkpoint: unknown): string {
  if (typeof checkpoint !== 'object' || checkpoint === null || !('sequence' in checkpoint)) return '0';
  const { sequence } = checkpoint;
  return typeof sequence === 'string' || typeof sequence === 'number' ? String(sequence) : '0';
}

/** The number a CouchDB or PouchDB update sequence starts with (`123-g1AA…`, `"123"` or `123`); null without one. */
export function sequenceNumber(seq: unknown): number | null {
  const text = typeof seq === 'number' ? String(seq) : typeof seq === 'string' ? seq : '';
  const match = /^(\d+)(-|$)/.exec(text);
  return match?.[1] === undefined ? null : Number(match[1]);
}

/** True when the changes the server lists past this laptop's checkpoint include a document it syncs. */
export function isBehind(changesSinceCheckpoint: readonly FeedRow[]): boolean {
  return changesSinceCheckpoint.some((row) => !row.id.startsWith('_design/'));
}

/** The `_changes` URL that lists (ids only) what the server holds past `since`, for database URL `dbUrl` ('/'-ended). */
export function changesSinceUrl(dbUrl: string, since: string, limit = 20): string {
  return `${dbUrl}_changes?feed=normal&since=${encodeURIComponent(since)}&limit=${limit}`;
}
