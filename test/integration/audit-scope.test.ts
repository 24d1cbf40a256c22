import { describe, expect, it, vi } from 'vitest';
import { firstValueFrom } from 'rxjs';
import {
  loadAuditPage,
  loadIndexedScopePage,
  loadScannedAuditPage,
  type AuditNames,
  type AuditPage,
  type AuditQuery,
  type OwnScope,
} from '../../renderer/features/audit/audit-loader';
import { findNotesForClient, watchClients, watchStaff, type AuditCursor, type WaypointDatabase } from '../../renderer/db';
import { auditScopeOf, type AuditFilter, type AuditScope } from '../../shared/audit/audit-view';
import { AUDIT_ACTIONS } from '../../shared/domain/audit';
import { clientDisplayName } from '../../shared/domain/client';
import { generateClinic } from '../../scripts/seed/generate';
import { writeClinic } from '../../scripts/seed/write';
import { newKey, openDb } from './db-helpers';

const NOW = new Date('2026-12-04T12:00:00Z');
const DAY = 86_400_000;

/** The tiny synthetic clinic and 400 events over 60 days by every staff member about its clients and their notes. */
async function seededClinic(): Promise<{ readonly db: WaypointDatabase; readonly names: AuditNames }> {
  const db = await openDb('audit-scope', await newKey());
  await writeClinic(db, generateClinic('tiny'));
  const [clients, staff] = await Promise.all([firstValueFrom(watchClients(db)), firstValueFrom(watchStaff(db))]);
  const notes = await Promise.all(clients.map((c) => findNotesForClient(db, c.id)));
  await db.audit.bulkInsert(
    Array.from({ length: 400 }, (_, i) => {
      const client = clients[i % clients.length];
      const note = notes[i % clients.length]?.[i % 5];
      const onNote = i % 3 === 0 && note !== undefined;
      return {
        id: `scope-${String(i).padStart(4, '0')}`,
        action: AUDIT_ACTIONS[i % AUDIT_ACTIONS.length] ?? 'view',
        entity: onNote ? ('note' as const) : ('client' as const),
        entityId: onNote ? note.id : (client?.id ?? ''),
        actorId: staff[(i * 7) % staff.length]?.id ?? '',
        // Every fifth event shares its instant with the one before, so paging crosses ties.
        at: new Date(NOW.getTime() - (400 - (i % 5 === 0 && i > 0 ? i - 1 : i)) * (DAY / 7)).toISOString(),
        detail: onNote ? `Started a SOAP note for client ${client?.id ?? ''}` : 'Opened the chart',
        deviceId: '',
        seq: 0,
        prevHash: '',
      };
    }),
  );
  // A safety alert answered for the first client: the event's record is a clinic record; only the sealed detail names the client.
  const first = clients[0]?.id ?? '';
  const at = new Date(NOW.getTime() - 3 * DAY).toISOString();
  await db.clinic.insert({
    id: 'ack-1',
    kind: 'safety-ack',
    status: 'resolved',
    refCollection: 'clients',
    refId: first,
    authorId: 'staff-elsewhere',
    createdAt: at,
    updatedAt: at,
    data: {},
    reason: '',
  });
  await db.audit.insert({
    id: 'ack-event',
    action: 'sign',
    entity: 'response',
    entityId: 'ack-1',
    actorId: 'staff-elsewhere',
    at,
    detail: `Safety alert answered for client ${first}: called`,
    deviceId: '',
    seq: 0,
    prevHash: '',
  });
  // A busy clinic's unlocks by someone else, newest: a page of a sparse scope is not in the newest thousand events.
  await db.audit.bulkInsert(
    Array.from({ length: 1_100 }, (_, i) => ({
      id: `unlock-${String(i).padStart(4, '0')}`,
      action: 'unlock' as const,
      entity: 'vault' as const,
      entityId: 'clinic-1',
      actorId: 'staff-elsewhere',
      at: new Date(NOW.getTime() - (1_100 - i) * 60_000).toISOString(),
      detail: 'Unlocked',
      deviceId: '',
      seq: 0,
      prevHash: '',
    })),
  );
  return { db, names: { clientNames: new Map(clients.map((c) => [c.id, clientDisplayName(c)])), staffNames: new Map(staff.map((s) => [s.id, s.name])) } };
}

type PageReader = typeof loadAuditPage;

async function everyPage(read: PageReader, db: WaypointDatabase, names: AuditNames, query: AuditQuery, size: number) {
  const pages = [];
  let start: AuditCursor | null = null;
  do {
    const page: AuditPage = await read(db, names, query, start, size, NOW);
    pages.push(page.rows);
    start = page.next;
  } while (start);
  return pages;
}

function ownScope(scope: AuditScope): OwnScope {
  if (scope.kind !== 'own') throw new Error('expected a therapist’s scope');
  return scope;
}

describe('a therapist’s audit scope read through the (actorId, at) and (entityId, at) indexes', () => {
  it('gives the same pages as the walk of the log it replaces, for a busy and a new therapist and each filter, without walking the log', async () => {
    const { db, names } = await seededClinic();
    const [clients, staff] = await Promise.all([firstValueFrom(watchClients(db)), firstValueFrom(watchStaff(db))]);
    // The first primary clinician, read as a therapist would be, and a therapist new to the clinic (one client, no actions).
    const clinician = staff.find((s) => clients.some((c) => c.primaryClinicianId === s.id));
    if (!clinician) throw new Error('the tiny clinic has no primary clinician');
    const sparse: OwnScope = { kind: 'own', staffId: 'staff-new', clientIds: new Set([clients[0]?.id ?? '']) };
    const scopes = [ownScope(auditScopeOf({ ...clinician, role: 'therapist' }, clients)), sparse];
    const range = { fromAt: new Date(NOW.getTime() - 20 * DAY).toISOString(), toAt: new Date(NOW.getTime() - 5 * DAY).toISOString() };
    const reads = vi.spyOn(db.audit, 'find');
    for (const scope of scopes) {
      const indexedRead: PageReader = (d, n, q, start, size, now) => loadIndexedScopePage(d, n, { ...q, scope }, start, size, now);
      const filters: AuditFilter[] = scope === scopes[0] ? [{}, { actorId: staff[0]?.id ?? '', ...range }, { actorId: scope.staffId, action: 'view' }] : [{}];
      for (const filter of filters) {
        const query = { filter, scope };
        reads.mockClear();
        const indexed = await everyPage(indexedRead, db, names, query, 50);
        const selectors = reads.mock.calls.map(([q]) => q?.selector ?? {});
        // Every read is narrowed to the therapist's own actions or to one record's events.
        expect(selectors.filter((s) => !('entityId' in s) && !('actorId' in s && s.actorId === scope.staffId))).toEqual([]);
        expect(indexed).toEqual(await everyPage(loadScannedAuditPage, db, names, query, 50));
      }
    }
    // The app's read, walking at most the newest thousand events here: the new therapist's page is not in them, so it ends on the indexes.
    const all = await everyPage((d, n, q, start, size, now) => loadAuditPage(d, n, q, start, size, now, 2), db, names, { filter: {}, scope: sparse }, 50);
    expect(all).toEqual(
      await everyPage(
        (d, n, q, start, size, now) => loadIndexedScopePage(d, n, { ...q, scope: sparse }, start, size, now),
        db,
        names,
        { filter: {}, scope: sparse },
        50,
      ),
    );
    expect(all.flat().length).toBeGreaterThan(20);
    expect(all.flat().map((r) => r.id)).toContain('ack-event');
  });
});
