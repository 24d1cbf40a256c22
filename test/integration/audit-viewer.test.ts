import { describe, expect, it, vi } from 'vitest';
import { loadAllAuditRows, loadAuditPage, type AuditNames, type AuditPage } from '../../renderer/features/audit/audit-loader';
import { exportAuditCsv } from '../../renderer/features/audit/audit-export-actions';
import { addMedication, stopMedication } from '../../renderer/features/medications/medication-actions';
import { startNote } from '../../renderer/features/notes/note-actions';
import { appendAudit, type AuditCursor, type WaypointDatabase } from '../../renderer/db';
import { auditScopeOf, type AuditScope } from '../../shared/audit/audit-view';
import type { SaveFileRequest } from '../../shared/host';
import { actorOn } from './actions/actor';
import { SERTRALINE_INPUT } from '../utils/medication-input';

const ADMIN = 'staff-admin';
const TESS = 'staff-tess';
const OMAR = 'staff-omar';
const ANA = '0a0a0a0a-0000-4000-8000-00000000000a';
const BEN = '0b0b0b0b-0000-4000-8000-00000000000b';
const names: AuditNames = {
  clientNames: new Map([
    [ANA, 'Ana Ruiz'],
    [BEN, 'Ben Oduya'],
  ]),
  staffNames: new Map([
    [ADMIN, 'Ada Admin'],
    [TESS, 'Tess Therapist'],
    [OMAR, 'Omar Therapist'],
  ]),
};
const CLINIC: AuditScope = { kind: 'clinic' };
const clients = [
  { id: ANA, primaryClinicianId: TESS },
  { id: BEN, primaryClinicianId: OMAR },
];
const FILLER = 1_000;
const NOW = new Date('2026-12-04T12:00:00Z');

/** 1,000 unlocks by the admin, one a minute from 2026-11-01, then a few events about Ana and Ben on 2026-12-04. */
async function seededLog() {
  const { ctx, db, clock } = await actorOn('therapist', OMAR);
  const start = Date.parse('2026-11-01T00:00:00Z');
  await db.audit.bulkInsert(
    Array.from({ length: FILLER }, (_, i) => ({
      id: `fill-${String(i).padStart(4, '0')}`,
      action: 'unlock' as const,
      entity: 'vault' as const,
      entityId: 'clinic-1',
      actorId: ADMIN,
      at: new Date(start + i * 60_000).toISOString(),
      detail: 'Unlocked',
      deviceId: '',
      seq: 0,
      prevHash: '',
    })),
  );
  const at = (hhmm: string) => ({ now: new Date(`2026-12-04T${hhmm}:00Z`) });
  await appendAudit(db, { action: 'view', entity: 'client', entityId: ANA, actorId: OMAR, detail: 'Opened the chart' }, at('08:00'));
  await appendAudit(db, { action: 'view', entity: 'client', entityId: BEN, actorId: OMAR, detail: 'Opened the chart' }, at('08:01'));
  const note = await startNote(ctx, { clientId: BEN, sessionId: '', templateId: 'soap' });
  await appendAudit(db, { action: 'edit', entity: 'note', entityId: note.id, actorId: OMAR, detail: 'Edited the draft' }, at('09:30'));
  await appendAudit(db, { action: 'view', entity: 'client', entityId: BEN, actorId: TESS, detail: 'Opened the chart' }, at('09:40'));
  return { ctx, db, clock };
}

async function everyPage(db: WaypointDatabase, scope: AuditScope, size: number) {
  const all = [];
  let start: AuditCursor | null = null;
  do {
    const page: AuditPage = await loadAuditPage(db, names, { filter: {}, scope }, start, size, NOW);
    expect(page.rows.length).toBeLessThanOrEqual(size);
    all.push(...page.rows);
    start = page.next;
  } while (start);
  return all;
}

describe('the audit viewer on real sealed storage', () => {
  it('pages the clinic newest first with no gap or repeat, reading one page at a time', async () => {
    const { db } = await seededLog();
    const first = await loadAuditPage(db, names, { filter: {}, scope: CLINIC }, null, 50, NOW);
    expect(first.next).not.toBeNull();
    expect(first.rows.map((r) => [r.who, r.action, r.client, r.detail]).slice(0, 5)).toEqual([
      ['Tess Therapist', 'view', 'Ben Oduya', 'Opened the chart'],
      ['Omar Therapist', 'edit', 'Ben Oduya', 'Edited the draft'],
      ['Omar Therapist', 'create', 'Ben Oduya', 'Started a SOAP note for client Ben Oduya'],
      ['Omar Therapist', 'view', 'Ben Oduya', 'Opened the chart'],
      ['Omar Therapist', 'view', 'Ana Ruiz', 'Opened the chart'],
    ]);
    const all = await everyPage(db, CLINIC, 170);
    expect(all).toHaveLength(FILLER + 5);
    expect(new Set(all.map((r) => r.id)).size).toBe(FILLER + 5);
    expect(all.map((r) => r.at)).toEqual([...all.map((r) => r.at)].sort().reverse());
  });

  it('pages through events written at one instant and events from a clock ahead without losing or repeating one', async () => {
    const { db } = await actorOn('admin', ADMIN);
    for (let i = 0; i < 7; i += 1)
      await appendAudit(
        db,
        { action: 'view', entity: 'client', entityId: ANA, actorId: ADMIN, detail: `same instant ${String(i)}` },
        { now: new Date('2026-12-04T11:00:00Z') },
      );
    await appendAudit(
      db,
      { action: 'view', entity: 'client', entityId: BEN, actorId: ADMIN, detail: 'from a laptop whose clock is ahead' },
      { now: new Date('2026-12-05T08:00:00Z') },
    );
    await appendAudit(db, { action: 'view', entity: 'client', entityId: BEN, actorId: ADMIN, detail: 'a year ago' }, { now: new Date('2025-12-04T08:00:00Z') });
    const all = await everyPage(db, CLINIC, 3);
    expect(all.map((r) => r.detail)).toEqual([
      'from a laptop whose clock is ahead',
      ...[6, 5, 4, 3, 2, 1, 0].map((i) => `same instant ${String(i)}`),
      'a year ago',
    ]);
  });

  it('filters by who, action and a date range in the store, and by client on the unsealed events', async () => {
    const { db } = await seededLog();
    const page = (filter: Parameters<typeof loadAuditPage>[2]['filter']) => loadAuditPage(db, names, { filter, scope: CLINIC }, null, 50, NOW);
    expect((await page({ actorId: TESS })).rows.map((r) => r.client)).toEqual(['Ben Oduya']);
    expect((await page({ action: 'view', actorId: OMAR })).rows).toHaveLength(2);
    // The first ten filler minutes: [00:00, 00:10).
    const range = await page({ fromAt: '2026-11-01T00:00:00.000Z', toAt: '2026-11-01T00:10:00.000Z' });
    expect(range.next).toBeNull();
    expect(range.rows).toHaveLength(10);
    const ben = await page({ clientId: BEN });
    expect(ben.rows.map((r) => r.detail)).toEqual(['Opened the chart', 'Edited the draft', 'Started a SOAP note for client Ben Oduya', 'Opened the chart']);
    expect(ben.next).toBeNull();
  });

  it('filters by client through the client’s records (the (entityId, at) index), never a walk of the clinic’s log', async () => {
    const { ctx, db, clock } = await seededLog();
    clock.at = Date.parse('2026-12-04T10:00:00Z');
    const med = await addMedication(ctx, { clientId: BEN, sessionId: '' }, SERTRALINE_INPUT);
    clock.at += 60_000;
    // A stop's detail does not name the client: only the medication record links it to Ben.
    await stopMedication(ctx, { clientId: BEN, sessionId: '' }, (await db.medications.findOne(med.id).exec())?.toMutableJSON(false) ?? med, {
      stoppedOn: '2026-12-04',
      reason: 'side effects',
    });
    const reads = vi.spyOn(db.audit, 'find');
    const pages = [];
    let start: AuditCursor | null = null;
    do {
      const page: AuditPage = await loadAuditPage(db, names, { filter: { clientId: BEN }, scope: CLINIC }, start, 2, NOW);
      pages.push(page.rows.map((r) => r.detail));
      start = page.next;
    } while (start);
    expect(pages).toEqual([
      ['Stopped Sertraline on 2026-12-04: side effects', 'Started Sertraline 50 mg for client Ben Oduya'],
      ['Opened the chart', 'Edited the draft'],
      ['Started a SOAP note for client Ben Oduya', 'Opened the chart'],
    ]);
    const selectors = reads.mock.calls.map(([query]) => query?.selector);
    expect(selectors.length).toBeGreaterThan(0);
    expect(selectors.every((selector) => selector !== undefined && 'entityId' in selector)).toBe(true);
  });

  it('a therapist sees their own actions and their clients’ events, not another therapist’s clients’ events', async () => {
    const { db } = await seededLog();
    const tess = auditScopeOf({ id: TESS, role: 'therapist' }, clients);
    const rows = await everyPage(db, tess, 2);
    expect(rows.map((r) => [r.who, r.client])).toEqual([
      ['Tess Therapist', 'Ben Oduya'],
      ['Omar Therapist', 'Ana Ruiz'],
    ]);
    const omar = await loadAllAuditRows(db, names, { filter: {}, scope: auditScopeOf({ id: OMAR, role: 'therapist' }, clients) }, NOW);
    expect(omar.map((r) => r.detail)).not.toContain('Unlocked');
    expect(omar).toHaveLength(5);
  });

  it('exports the filtered view as CSV and audits it; a cancelled save audits nothing', async () => {
    const { ctx, db, clock } = await seededLog();
    clock.at = Date.parse('2026-12-04T10:00:00Z');
    const exports = () => loadAllAuditRows(db, names, { filter: { action: 'export' }, scope: CLINIC }, NOW);
    const rows = await loadAllAuditRows(db, names, { filter: { clientId: ANA }, scope: CLINIC }, NOW);
    const cancelled = await exportAuditCsv(ctx, () => Promise.resolve({ status: 'cancelled' }), { rows, filters: 'client Ana Ruiz' });
    expect(cancelled).toEqual({ status: 'cancelled' });
    expect(await exports()).toEqual([]);
    const saved: SaveFileRequest[] = [];
    await exportAuditCsv(
      ctx,
      (request) => {
        saved.push(request);
        return Promise.resolve({ status: 'saved', path: '/exports/audit.csv' });
      },
      { rows, filters: 'client Ana Ruiz' },
    );
    expect(saved[0]).toMatchObject({ suggestedName: 'waypoint-audit-log-2026-12-04.csv', mimeType: 'text/csv' });
    expect(saved[0]?.content).toBe(
      '\uFEFFWhen (UTC),Who,Action,Record,Client,Detail\r\n2026-12-04T08:00:00.000Z,Omar Therapist,Viewed,Client,Ana Ruiz,Opened the chart\r\n',
    );
    expect(await exports()).toMatchObject([
      {
        action: 'export',
        entity: 'vault',
        who: 'Omar Therapist',
        at: '2026-12-04T10:00:00.000Z',
        detail: 'Exported 1 audit events (client Ana Ruiz) to /exports/audit.csv',
      },
    ]);
  });
});
