import { firstValueFrom } from 'rxjs';
import { findNotesForClient, watchClients, watchStaff, type AuditCursor, type WaypointDatabase } from '../../../renderer/db';
import { appendAudit } from '../../../renderer/db';
import { auditEventHash, toAuditEvent, type AuditDoc } from '../../../renderer/db/collections/audit.collection';
import { loadAuditPage, loadIndexedScopePage, loadScannedAuditPage, type AuditNames } from '../../../renderer/features/audit/audit-loader';
import { checkAuditTrail, checkAuditTrailSinceMarks } from '../../../renderer/db/collections/audit-verify';
import { nextChainLink } from '../../../shared/audit/audit-chain';
import { auditScopeOf, type AuditFilter, type AuditScope } from '../../../shared/audit/audit-view';
import { AUDIT_ACTIONS } from '../../../shared/domain/audit';
import { clientDisplayName } from '../../../shared/domain/client';
import { median, round2, timed } from './timing';

const DAY_MS = 86_400_000;
const PAGE = 50;

/**
 * A year of events about the seeded clients by the seeded staff, newest now; every third is about one of the
 * client's seeded notes (when it has one) and names its client in the detail. Bulk-written, not through the app's
 * writer (the figures are about reading), but chained as three other laptops would have written them (chainDocs), so
 * the integrity check hashes every one.
 */
function auditDocs(
  count: number,
  clients: readonly { readonly id: string; readonly noteIds: readonly string[] }[],
  staffIds: readonly string[],
  now: number,
): AuditDoc[] {
  return Array.from({ length: count }, (_, i) => {
    const client = clients[i % clients.length];
    const clientId = client?.id ?? 'none';
    const noteId = client?.noteIds[i % Math.max(1, client.noteIds.length)];
    const onClient = i % 3 !== 0 || noteId === undefined;
    return {
      id: `bench-audit-${String(i).padStart(7, '0')}`,
      action: AUDIT_ACTIONS[i % AUDIT_ACTIONS.length] ?? 'view',
      entity: onClient ? 'client' : 'note',
      entityId: onClient ? clientId : noteId,
      actorId: staffIds[(i * 7) % staffIds.length] ?? 'bench-user',
      at: new Date(now - ((count - i) * 365 * DAY_MS) / count).toISOString(),
      detail: onClient ? 'Opened the chart' : `Started a SOAP note for client ${clientId}`,
      deviceId: '',
      seq: 0,
      prevHash: '',
    };
  });
}

const BENCH_LAPTOPS = ['bench-laptop-1', 'bench-laptop-2', 'bench-laptop-3'];

/** The docs as three laptops would have chained them, taking turns: each one's number and the hash of its previous event. */
async function chainDocs(docs: readonly AuditDoc[]): Promise<AuditDoc[]> {
  const heads = new Map<string, { seq: number; hash: string }>();
  const out: AuditDoc[] = [];
  for (const [i, doc] of docs.entries()) {
    const deviceId = BENCH_LAPTOPS[i % BENCH_LAPTOPS.length] ?? 'bench-laptop-1';
    const link = nextChainLink(deviceId, heads.get(deviceId) ?? null);
    const chained: AuditDoc = { ...doc, ...link };
    const event = toAuditEvent(chained);
    if (event.chain) heads.set(deviceId, { seq: link.seq, hash: await auditEventHash({ ...event, chain: event.chain }) });
    out.push(chained);
  }
  return out;
}

/**
 * The integrity check both ways: every event (`audit_verify_ms`, "Check everything"; it also sets each laptop's
 * verified mark), then, after this laptop writes 50 events, the check the log runs on opening: only the events after
 * each laptop's mark (`audit_verify_incremental_ms`).
 */
async function verifyFigures(db: WaypointDatabase, actorId: string) {
  const full = (await timed(() => checkAuditTrail(db, new Date()))).ms;
  for (let i = 0; i < 50; i += 1) {
    await appendAudit(db, { action: 'view', entity: 'client', entityId: 'bench-client', actorId, detail: 'Opened the chart' }, { now: new Date() });
  }
  let read = 0;
  const incremental = (
    await timed(async () => {
      read = (await checkAuditTrailSinceMarks(db, new Date())).read ?? 0;
    })
  ).ms;
  return { audit_verify_ms: full, audit_verify_incremental_ms: incremental, audit_verify_incremental_read: read };
}

async function medianOf(runs: number, fn: (i: number) => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i += 1) times.push((await timed(() => fn(i))).ms);
  return median(times);
}

/**
 * The audit viewer's page reads (not React): `count` events written first (not timed), then one page of 50, each
 * run a page not read before: the clinic's newest pages, pages half way back, a client filter, a therapist's scope.
 */
export async function auditPages(db: WaypointDatabase, count: number) {
  const [clients, staff] = await Promise.all([firstValueFrom(watchClients(db)), firstValueFrom(watchStaff(db))]);
  const withNotes = await Promise.all(clients.map(async (c) => ({ id: c.id, noteIds: (await findNotesForClient(db, c.id)).map((n) => n.id) })));
  const docs = await chainDocs(
    auditDocs(
      count,
      withNotes,
      staff.map((s) => s.id),
      Date.now(),
    ),
  );
  for (let i = 0; i < docs.length; i += 1000) await db.audit.bulkInsert(docs.slice(i, i + 1000));
  const names: AuditNames = { clientNames: new Map(clients.map((c) => [c.id, clientDisplayName(c)])), staffNames: new Map(staff.map((s) => [s.id, s.name])) };
  const clinic: AuditScope = { kind: 'clinic' };
  const page = (filter: AuditFilter, scope: AuditScope, start: AuditCursor | null) => loadAuditPage(db, names, { filter, scope }, start, PAGE, new Date());
  // Where a reader paging back from the newest would be after `n` pages (the viewer keeps this cursor, not an offset).
  const after = (n: number): AuditCursor | null => {
    const doc = docs[docs.length - n * PAGE];
    return doc ? { at: doc.at, seen: [] } : null;
  };
  const therapists = staff.filter((s) => s.role === 'therapist');
  // RxDB answers a query it has run before from its cache; an upper bound a millisecond apart makes each run's read new.
  const fresh = (i: number): AuditFilter => ({ toAt: new Date(Date.now() + DAY_MS + i).toISOString() });
  const scopeOf = (i: number): AuditScope => {
    const t = therapists[i % Math.max(1, therapists.length)];
    return t ? auditScopeOf(t, clients) : clinic;
  };
  // A therapist new to the clinic: one client, no actions of their own yet (the walk's worst case: the whole log); a
  // different client for each way of reading, so none reads records another has just read.
  const sparse = (k: number): AuditScope => ({ kind: 'own', staffId: 'bench-new-therapist', clientIds: new Set(clients.slice(k, k + 1).map((c) => c.id)) });
  const variant = (scope: AuditScope, how: Variant, i: number) => {
    const query = { filter: fresh(100 + 3 * i + VARIANTS.indexOf(how)), scope };
    if (how === 'scan') return loadScannedAuditPage(db, names, query, null, PAGE, new Date());
    if (how === 'app' || scope.kind !== 'own') return loadAuditPage(db, names, query, null, PAGE, new Date());
    return loadIndexedScopePage(db, names, { ...query, scope }, null, PAGE, new Date());
  };
  // A different therapist for each run and way of reading: a second read of the same events would find them unsealed
  // in the storage's cache of opened envelopes.
  const therapist = await alternating(3, (i, how) => variant(scopeOf(i * VARIANTS.length + VARIANTS.indexOf(how)), how, i));
  const newTherapist = await alternating(1, (i, how) => variant(sparse(VARIANTS.indexOf(how)), how, 10 + i));
  return {
    audit_events: count,
    audit_page_ms: await medianOf(5, (i) => page({}, clinic, after(i))),
    audit_page_deep_ms: await medianOf(3, (i) => page({}, clinic, after(Math.floor(count / PAGE / 2) + i))),
    audit_page_client_ms: await medianOf(3, (i) => page({ ...fresh(i), clientId: clients[i * 3]?.id ?? '' }, clinic, null)),
    audit_page_therapist_ms: therapist.app,
    audit_page_therapist_indexed_ms: therapist.indexed,
    audit_page_therapist_scan_ms: therapist.scan,
    audit_page_new_therapist_ms: newTherapist.app,
    audit_page_new_therapist_indexed_ms: newTherapist.indexed,
    audit_page_new_therapist_scan_ms: newTherapist.scan,
    ...(await verifyFigures(db, staff[0]?.id ?? 'bench-user')),
  };
}

const VARIANTS = ['app', 'indexed', 'scan'] as const;
type Variant = (typeof VARIANTS)[number];

/**
 * A therapist's first page three ways, in a rotating order so load drift hits each alike: as the app reads it (a short
 * walk, then the indexes), through the indexes only, and by the walk of the log the indexes replaced; medians.
 */
async function alternating(runs: number, read: (i: number, how: Variant) => Promise<unknown>): Promise<Readonly<Record<Variant, number>>> {
  const times: Record<Variant, number[]> = { app: [], indexed: [], scan: [] };
  for (let i = 0; i < runs; i += 1) {
    for (let k = 0; k < VARIANTS.length; k += 1) {
      const how = VARIANTS[(i + k) % VARIANTS.length] ?? 'app';
      times[how].push((await timed(() => read(i, how))).ms);
    }
  }
  return { app: round2(median(times.app)), indexed: round2(median(times.indexed)), scan: round2(median(times.scan)) };
}
