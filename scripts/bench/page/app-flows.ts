import { combineLatest, firstValueFrom } from 'rxjs';
import {
  DEFAULT_FILTER,
  DEFAULT_SORT,
  buildSearchIndex,
  filterClients,
  sortClients,
  toClientRows,
  type ClientRow,
} from '../../../renderer/features/clients/client-list';
import {
  appendAudit,
  createDatabase,
  findMedicationEventsForClient,
  findMedicationsForClient,
  findNotesForClient,
  findResponsesForClient,
  getClient,
  getStaff,
  insertNote,
  watchClient,
  watchClients,
  watchClinicRecordsFor,
  watchResponsesForClient,
  watchStaff,
  type WaypointDatabase,
} from '../../../renderer/db';
import { deriveKey } from '../../../shared/crypto/keys';
import type { CryptoProvider } from '../../../shared/crypto/provider';
import { median, now, percentile, timed } from './timing';
import { createConflictHandler } from '../../../renderer/sync/conflict-handler';
import { clinicDayOf } from '../../../shared/progress/alerts';
import { openOverview } from './overview-flow';

export interface Vault {
  readonly crypto: CryptoProvider;
  readonly master: Uint8Array;
  readonly dbName: string;
  readonly userId: string;
}

/** What the app does between a passphrase that unwrapped the master key and a drawn client list (vault-controller). */
export async function unlockToDashboard(vault: Vault): Promise<{ readonly db: WaypointDatabase; readonly rows: readonly ClientRow[]; readonly ms: number }> {
  const start = now();
  const key = await deriveKey(vault.crypto, vault.master, 'at-rest');
  const db = await createDatabase({ name: vault.dbName, key, crypto: vault.crypto, conflictHandlerFor: createConflictHandler });
  const at = new Date();
  await appendAudit(db, { action: 'unlock', entity: 'vault', entityId: 'bench', actorId: vault.userId, detail: '' }, { now: at });
  await getStaff(db, vault.userId);
  const [clients, staff] = await firstValueFrom(combineLatest([watchClients(db), watchStaff(db)]));
  const rows = sortClients(filterClients(toClientRows(clients, staff, at.toISOString().slice(0, 10)), { ...DEFAULT_FILTER, status: 'all' }), DEFAULT_SORT);
  return { db, rows, ms: now() - start };
}

/**
 * One chart open on the Measures tab (the chart is tabbed, keepMounted off; Measures was its first tab until Overview):
 * the client, the staff list, the client's responses, their safety acknowledgements and schedule, and the view audit.
 */
async function openMeasures(db: WaypointDatabase, clientId: string, userId: string): Promise<number> {
  const ref = { collection: 'clients', id: clientId };
  const { ms } = await timed(() =>
    Promise.all([
      firstValueFrom(combineLatest([watchClient(db, clientId), watchStaff(db)])),
      firstValueFrom(watchResponsesForClient(db, clientId)),
      firstValueFrom(watchClinicRecordsFor(db, 'safety-ack', ref)),
      firstValueFrom(watchClinicRecordsFor(db, 'schedule', ref)),
      appendAudit(db, { action: 'view', entity: 'client', entityId: clientId, actorId: userId, detail: 'Opened the chart' }, { now: new Date() }),
    ]),
  );
  return ms;
}

/** Every tab of the chart at once (a clinician who visits each tab): notes, responses, attendance, medications, events. */
async function openAllTabs(db: WaypointDatabase, clientId: string): Promise<number> {
  const { ms } = await timed(() =>
    Promise.all([
      getClient(db, clientId),
      findNotesForClient(db, clientId),
      findResponsesForClient(db, clientId),
      db.attendance.find({ selector: { clientId } }).exec(),
      findMedicationsForClient(db, clientId),
      findMedicationEventsForClient(db, clientId),
    ]),
  );
  return ms;
}

export interface ChartFigures {
  /** The chart as the app opens it: Overview with every banner (overview-flow). */
  readonly overviewP50: number;
  readonly overviewP95: number;
  /** The Measures tab's records alone (the figure before Overview became the first tab). */
  readonly p50: number;
  readonly p95: number;
  readonly allTabsP50: number;
  readonly allTabsP95: number;
  readonly n: number;
}

/**
 * Median and p95 over up to `count` clients spread evenly through the list, each opened cold (first time since
 * unlock), taking turns: the chart as the app opens it (Overview + banners), the Measures tab alone, every tab's records.
 */
export async function chartOpen(db: WaypointDatabase, rows: readonly ClientRow[], userId: string, count: number): Promise<ChartFigures> {
  const step = Math.max(1, Math.floor(rows.length / (3 * count)));
  const picked = rows.filter((_, i) => i % step === 0).slice(0, 3 * count);
  const today = clinicDayOf(new Date().toISOString(), Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [overview, measures, allTabs]: [number[], number[], number[]] = [[], [], []];
  for (const [i, row] of picked.entries()) {
    if (i % 3 === 0) overview.push((await openOverview(db, row.id, userId, today)).ms);
    else if (i % 3 === 1) measures.push(await openMeasures(db, row.id, userId));
    else allTabs.push(await openAllTabs(db, row.id));
  }
  const [m, a] = [measures.length > 0 ? measures : overview, allTabs.length > 0 ? allTabs : overview];
  return {
    overviewP50: median(overview),
    overviewP95: percentile(overview, 95),
    p50: median(m),
    p95: percentile(m, 95),
    allTabsP50: median(a),
    allTabsP95: percentile(a, 95),
    n: overview.length,
  };
}

/** Median time to save a new draft note of about 2 kB (what autosave writes first). */
export async function noteSave(db: WaypointDatabase, clientId: string, userId: string, repeats: number): Promise<number> {
  const html = `<p>${'Client reports steadier mood this week and used paced breathing before a hard call. '.repeat(6)}</p>`;
  const sections = ['subjective', 'objective', 'assessment', 'plan'].map((key) => ({ key, heading: key, html }));
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const input = {
      kind: 'note',
      status: 'draft',
      clientId,
      sessionId: '',
      parentId: '',
      templateId: 'soap',
      cosignerId: '',
      signedAt: null,
      title: 'Individual session',
      sections,
    } as const;
    times.push((await timed(() => insertNote(db, input, { authorId: userId, now: new Date() }))).ms);
  }
  return median(times);
}

/**
 * The client list's first load for search: names are sealed, so every client is read and decrypted, turned into
 * rows and its names folded into the search index. A distinct selector per round keeps RxDB's query cache from
 * answering without touching storage.
 */
export async function clientSearchCold(db: WaypointDatabase, rounds: number): Promise<{ readonly ms: number; readonly hits: number }> {
  const times: number[] = [];
  let hits = 0;
  const staff = await firstValueFrom(watchStaff(db));
  for (let i = 0; i < rounds; i++) {
    const { ms, value } = await timed(async () => {
      const docs = await db.clients.find({ selector: { createdAt: { $gt: `0${String(i)}` } } }).exec();
      const rows = toClientRows(
        docs.map((d) => d.toMutableJSON(false)),
        staff,
        '2026-01-01',
      );
      return filterClients(rows, { ...DEFAULT_FILTER, status: 'all', search: 'ma' }, buildSearchIndex(rows));
    });
    times.push(ms);
    hits = value.length;
  }
  return { ms: median(times), hits };
}

const TYPED = ['m', 'ma', 'mar', 'ma', 'm', '', 'c', 'ch', 'che'];
// A keystroke over a few dozen clients is well under the page's timer resolution (0.1 ms), so each round times the
// typed sequence this many times and divides.
const REPEATS = 20;

/**
 * What a user waits for per keystroke in the search box once the list is open: the live rows, their sorted order
 * and the folded-name index are already in memory (ClientsPage), so a keystroke filters the sorted rows (React's
 * render of the table is not included). Mean per keystroke within a round; median over `rounds`.
 */
export function clientSearchKeystroke(rows: readonly ClientRow[], rounds: number): { readonly ms: number; readonly hits: number } {
  const index = buildSearchIndex(rows);
  const sorted = sortClients(rows, DEFAULT_SORT);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const start = now();
    for (let r = 0; r < REPEATS; r++) {
      for (const search of TYPED) filterClients(sorted, { ...DEFAULT_FILTER, status: 'all', search }, index);
    }
    times.push((now() - start) / (REPEATS * TYPED.length));
  }
  const hits = filterClients(sorted, { ...DEFAULT_FILTER, status: 'all', search: 'ma' }, index).length;
  return { ms: median(times), hits };
}
