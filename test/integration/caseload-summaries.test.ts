import { filter, firstValueFrom } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { findClinicRecords, watchClients, type WaypointDatabase } from '../../renderer/db';
import { dashboardFromRecords, dashboardFromSummaries } from '../../renderer/features/dashboard/caseload-dashboard';
import { watchCaseload } from '../../renderer/features/dashboard/caseload-loader';
import { watchCaseloadSummaries } from '../../renderer/features/dashboard/caseload-summaries';
import { administerMeasure } from '../../renderer/features/measures/measure-actions';
import { clinicRuleParamsOf } from '../../renderer/features/reviews';
import type { ActorContext } from '../../renderer/session';
import { getInstrument } from '../../shared/instruments';
import { clinicDayOf } from '../../shared/progress/alerts';
import { generateClinic, writeClinic, type SyntheticClinic } from '../../scripts/seed';
import { clientDisplayName } from '../../shared/domain/client';
import { closeDb, dumpIndexedDb, flipOneByte, newKey, openDb, readRaw, writeRaw } from './db-helpers';
import { refuseWritesTo } from './refuse-writes';

const ALL = { kind: 'all' } as const;
const timeZone = 'UTC';

function clockAt(now: Date) {
  return { clock: { now, timeZone }, today: clinicDayOf(now.toISOString(), timeZone) };
}

/** The dashboard both ways at `now`: from the records (as before the summaries) and from the summaries. */
async function bothWays(db: WaypointDatabase, now: Date) {
  const { clock, today } = clockAt(now);
  const params = clinicRuleParamsOf(await findClinicRecords(db, 'settings')).params;
  const fromRecords = dashboardFromRecords(await firstValueFrom(watchCaseload(db, ALL, today)), clock, today, params);
  const summaries = await firstValueFrom(watchCaseloadSummaries(db, ALL, today));
  return { fromRecords, fromSummaries: dashboardFromSummaries(summaries, clock, today), rebuilt: summaries.rebuilt };
}

function alertCount(d: Awaited<ReturnType<typeof bothWays>>['fromRecords']): number {
  return d.alerts.safety.length + d.alerts.needsAction.length + d.alerts.other.length;
}

/** The small synthetic clinic cut to 12 active and 4 other clients, each with its whole history. */
function someClients(): SyntheticClinic {
  const clinic = generateClinic('small');
  const active = clinic.clients.filter((c) => c.status === 'active').slice(0, 12);
  const others = clinic.clients.filter((c) => c.status !== 'active').slice(0, 4);
  const kept = new Set([...active, ...others].map((c) => c.id));
  const mine = <T extends { readonly clientId: string }>(rows: readonly T[]) => rows.filter((r) => kept.has(r.clientId));
  return {
    ...clinic,
    clients: clinic.clients.filter((c) => kept.has(c.id)),
    medications: mine(clinic.medications),
    notes: mine(clinic.notes),
    responses: mine(clinic.responses),
    attendance: mine(clinic.attendance),
    medEvents: mine(clinic.medEvents),
  };
}

async function seededClinic() {
  const name = `summaries-${crypto.randomUUID()}`;
  const key = await newKey();
  const db = await openDb(name, key);
  await writeClinic(db, someClients());
  const active = (await firstValueFrom(watchClients(db))).filter((c) => c.status === 'active');
  return { db, name, key, active };
}

const phq9 = () => {
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing from the registry');
  return def;
};

describe('caseload summaries on real storage', () => {
  it('give the dashboard the records give: first build, reopened cold, after a change here and after a record from another laptop', async () => {
    const { db, name, key, active } = await seededClinic();
    expect(active.length).toBeGreaterThan(3);
    const now = new Date();

    const first = await bothWays(db, now);
    expect(first.rebuilt).toBe(active.length);
    expect(first.fromRecords.rows).toHaveLength(active.length);
    expect(alertCount(first.fromRecords)).toBeGreaterThan(5);
    expect(first.fromSummaries).toEqual(first.fromRecords);

    // Lock and unlock: the summaries are read back, none rebuilt, same dashboard.
    await closeDb(db);
    const reopened = await openDb(name, key);
    const cold = await bothWays(reopened, now);
    expect(cold.rebuilt).toBe(0);
    expect(cold.fromSummaries).toEqual(cold.fromRecords);
    expect(cold.fromSummaries).toEqual(first.fromRecords);

    // A measure given here to one client: only that client is rebuilt.
    const [a, b] = active;
    if (!a || !b) throw new Error('two active clients expected');
    const ctx: ActorContext = { db: reopened, actor: { id: 'staff-therapist', role: 'therapist' }, now: () => new Date(now.getTime() - 60_000) };
    const answers = [3, 3, 3, 3, 3, 3, 3, 3, 2];
    await administerMeasure(ctx, a.id, { def: phq9(), answers, respondent: 'client', administeredOn: clockAt(now).today, correction: null });
    const later = new Date(now.getTime() + 1_000);
    const changed = await bothWays(reopened, later);
    expect(changed.rebuilt).toBe(1);
    expect(changed.fromSummaries).toEqual(changed.fromRecords);
    expect(changed.fromRecords).not.toEqual(cold.fromRecords);

    // A record written by another laptop, as a pull lands it: a direct insert with another author.
    const theirs = (await reopened.responses.find({ selector: { clientId: b.id } }).exec()).map((d) => d.toMutableJSON(false))[0];
    if (!theirs) throw new Error('the seeded client has no responses');
    await reopened.responses.insert({ ...theirs, id: 'pulled-response', authorId: 'staff-elsewhere', completedAt: later.toISOString() });
    const pulled = await bothWays(reopened, new Date(later.getTime() + 1_000));
    expect(pulled.rebuilt).toBe(1);
    expect(pulled.fromSummaries).toEqual(pulled.fromRecords);

    // Another laptop's signed note that needs a co-sign, then its co-sign: the client's pending signatures follow.
    const note = (await reopened.notes.find({ selector: { clientId: b.id, kind: 'note', status: 'signed' } }).exec())[0]?.toMutableJSON(false);
    if (!note) throw new Error('the seeded client has no signed note');
    const signedAt = new Date(now.getTime() - 5 * 86_400_000).toISOString();
    await reopened.notes.insert({ ...note, id: 'pulled-note', cosignRequired: true, signedAt, authorId: 'staff-elsewhere' });
    const waiting = await bothWays(reopened, new Date(later.getTime() + 2_000));
    expect(waiting.rebuilt).toBe(1);
    expect(waiting.fromSummaries).toEqual(waiting.fromRecords);
    expect(waiting.fromRecords).not.toEqual(pulled.fromRecords);
    await reopened.notes.insert({ ...note, id: 'pulled-note.cosign', kind: 'cosign', parentId: 'pulled-note', cosignRequired: false, authorId: 'staff-super' });
    const cosigned = await bothWays(reopened, new Date(later.getTime() + 3_000));
    expect(cosigned.rebuilt).toBe(1);
    expect(cosigned.fromSummaries).toEqual(cosigned.fromRecords);
  }, 120_000);

  it('stays live, holds on the next clinic day and is sealed at rest', async () => {
    const { db, active } = await seededClinic();
    const now = new Date();
    const { today } = clockAt(now);
    await bothWays(db, now);
    const [a] = active;
    if (!a) throw new Error('an active client expected');

    // Kept live: a write while the dashboard is open is in the next emission.
    const live = watchCaseloadSummaries(db, ALL, today);
    const seen = firstValueFrom(live.pipe(filter((s) => s.rebuilt === 1)));
    const ctx: ActorContext = { db, actor: { id: 'staff-therapist', role: 'therapist' }, now: () => new Date(now.getTime() - 60_000) };
    await administerMeasure(ctx, a.id, { def: phq9(), answers: [0, 0, 0, 0, 0, 0, 0, 0, 0], respondent: 'client', administeredOn: today, correction: null });
    const after = await seen;
    const later = new Date(now.getTime() + 1_000);
    const { fromRecords } = await bothWays(db, later);
    expect(dashboardFromSummaries(after, clockAt(later).clock, today)).toEqual(fromRecords);

    // The next clinic day: the summaries hold (what moves with the day is kept per day), none rebuilt.
    const tomorrow = new Date(now.getTime() + 86_400_000);
    const nextDay = await bothWays(db, tomorrow);
    expect(nextDay.rebuilt).toBe(0);
    expect(nextDay.fromSummaries).toEqual(nextDay.fromRecords);

    // Sealed: no client's name is stored in plain text anywhere, the summaries' store included.
    const raw = await dumpIndexedDb();
    expect(raw).toContain('local-caseload-summaries');
    expect(raw).not.toContain(a.lastName);
  }, 120_000);

  it('stored on an earlier day, give the first open of a new clinic day (the next day, after a weekend) without reading the records', async () => {
    const { db, name, key, active } = await seededClinic();
    // A day inside the seeded history (records fall in each client's first six months), so the day moves windows.
    const latestAdmission =
      active
        .map((c) => c.admissionDate)
        .sort()
        .at(-1) ?? '';
    const before = new Date(`${latestAdmission}T20:00:00.000Z`);
    before.setUTCDate(before.getUTCDate() + 18);
    // The dashboard opened on that earlier clinic day stored every summary.
    const stored = await firstValueFrom(watchCaseloadSummaries(db, ALL, clockAt(before).today, () => before));
    expect(stored.rebuilt).toBe(active.length);
    await closeDb(db);

    for (const daysBefore of [1, 3]) {
      // What moves with the day is there to settle: some client's alert input that day differs from the stored day's.
      expect(stored.clients.some(({ summary }) => Object.keys(summary.days[daysBefore] ?? {}).length > 0)).toBe(true);
      // The laptop opened again that day, cold: not one client record is read, the rows and alerts are the records'.
      const now = new Date(before.getTime() + daysBefore * 86_400_000);
      const reopened = await openDb(name, key);
      const reads = (['responses', 'attendance', 'careplans', 'medevents', 'notes'] as const).map((c) => vi.spyOn(reopened[c], 'find'));
      const { clock, today } = clockAt(now);
      const summaries = await firstValueFrom(watchCaseloadSummaries(reopened, ALL, today, () => now));
      expect(summaries.rebuilt).toBe(0);
      for (const read of reads) expect(read).not.toHaveBeenCalled();
      const fromSummaries = dashboardFromSummaries(summaries, clock, today);
      for (const read of reads) read.mockRestore();
      const params = clinicRuleParamsOf(await findClinicRecords(reopened, 'settings')).params;
      const fromRecords = dashboardFromRecords(await firstValueFrom(watchCaseload(reopened, ALL, today)), clock, today, params);
      expect(fromSummaries.rows).toHaveLength(active.length);
      expect(alertCount(fromRecords)).toBeGreaterThan(0);
      expect(fromSummaries).toEqual(fromRecords);
      await closeDb(reopened);
    }
  }, 120_000);

  it('refresh once for one client write', async () => {
    const { db, active } = await seededClinic();
    const [a] = active;
    if (!a) throw new Error('an active client expected');
    const seen: number[] = [];
    const sub = watchCaseloadSummaries(db, ALL, clockAt(new Date()).today).subscribe((s) => seen.push(s.rebuilt));
    await vi.waitFor(
      () => {
        expect(seen).toHaveLength(1);
      },
      { timeout: 60_000 },
    );

    const doc = await db.clients.findOne(a.id).exec();
    if (!doc) throw new Error('the client is stored');
    await doc.incrementalPatch({ updatedAt: new Date().toISOString() });
    await vi.waitFor(
      () => {
        expect(seen).toHaveLength(2);
      },
      { timeout: 30_000 },
    );
    // Long enough for a second refresh of the same write (the feed's 20 ms debounce, then a rebuild) to land.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    sub.unsubscribe();
    expect(seen).toEqual([active.length, 1]);
  }, 120_000);

  it('on a full disk still give the dashboard the records give (the summaries are built, not stored)', async () => {
    const { db, active } = await seededClinic();
    const free = refuseWritesTo('local-caseload-summaries');
    try {
      const full = await bothWays(db, new Date());
      expect(full.rebuilt).toBe(active.length);
      expect(full.fromRecords.rows).toHaveLength(active.length);
      expect(full.fromSummaries).toEqual(full.fromRecords);
    } finally {
      free();
    }
  });

  it('leave out a client whose records do not open, show every other row and alert, and name the one left out', async () => {
    const { db, name, key, active } = await seededClinic();
    const now = new Date();
    const { clock, today } = clockAt(now);
    // From the records, so no summary is stored yet: the victim's has to be built from its records after the damage.
    const params = clinicRuleParamsOf(await findClinicRecords(db, 'settings')).params;
    const before = dashboardFromRecords(await firstValueFrom(watchCaseload(db, ALL, today)), clock, today, params);
    // The victim: a client with a safety alert if the seed has one (the omission that matters most), with a response.
    const withSafety = new Set(before.alerts.safety.map((a) => a.clientId));
    const candidates = [...active].sort((a, b) => Number(withSafety.has(b.id)) - Number(withSafety.has(a.id)));
    const victim = (await Promise.all(candidates.map(async (c) => ({ c, r: await db.responses.findOne({ selector: { clientId: c.id } }).exec() })))).find(
      (x) => x.r,
    );
    if (!victim?.r) throw new Error('a client with a response expected');
    const [client, responseId] = [victim.c, victim.r.id];
    await closeDb(db);
    const raw = await readRaw(name, 'responses', responseId);
    await writeRaw(name, 'responses', { ...raw, phi: flipOneByte(String(raw.phi)) });

    const reopened = await openDb(name, key);
    const summaries = await firstValueFrom(watchCaseloadSummaries(reopened, ALL, today, () => now));
    const after = dashboardFromSummaries(summaries, clock, today);
    const others = <T extends { readonly clientId: string }>(xs: readonly T[]) => xs.filter((x) => x.clientId !== client.id);
    expect(after.rows).toEqual(others(before.rows));
    expect(after.rows).toHaveLength(active.length - 1);
    expect(after.alerts.safety).toEqual(others(before.alerts.safety));
    expect(after.alerts.needsAction).toEqual(others(before.alerts.needsAction));
    expect(after.alerts.other).toEqual(others(before.alerts.other));
    // What the screen tells the clinician: who is missing.
    expect(after.leftOut).toEqual([{ clientId: client.id, name: clientDisplayName(client) }]);
    expect(before.leftOut).toEqual([]);
  }, 120_000);
});
