/** Small CouchDB HTTP helpers for the sync figures; the driver's same-origin proxy adds the admin credentials. */

/** Creates an empty server database (412 = it exists, e.g. a second run against the same server). */
export async function ensureRemote(url: string): Promise<void> {
  const answer = await fetch(url, { method: 'PUT' });
  if (!answer.ok && answer.status !== 412) throw new Error(`could not create ${url}: ${String(answer.status)}`);
}

/** Documents in a server database (design documents included), so a push can be checked as complete. */
export async function remoteDocCount(url: string): Promise<number> {
  const answer = await fetch(url);
  if (!answer.ok) throw new Error(`could not read ${url}: ${String(answer.status)}`);
  const info: unknown = await answer.json();
  const count = typeof info === 'object' && info !== null ? (info as Record<string, unknown>).doc_count : undefined;
  if (typeof count !== 'number') throw new Error(`${url} did not report doc_count`);
  return count;
}

/** The first document of a server database as stored there (for checking what the server can read). */
export async function firstRemoteDoc(url: string): Promise<Readonly<Record<string, unknown>> | null> {
  const answer = await fetch(`${url}_all_docs?limit=1&include_docs=true`);
  if (!answer.ok) throw new Error(`could not read ${url}_all_docs: ${String(answer.status)}`);
  const json: unknown = await answer.json();
  const rows = typeof json === 'object' && json !== null ? (json as Record<string, unknown>).rows : undefined;
  const first: unknown = Array.isArray(rows) ? rows[0] : undefined;
  const doc = typeof first === 'object' && first !== null ? (first as Record<string, unknown>).doc : undefined;
  return typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>) : null;
}
