import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { watchClinicRecords, type WaypointDatabase } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import {
  addClinicBehaviour,
  changeTrackedBehaviour,
  saveClientBehaviours,
  stopTrackingBehaviour,
  trackBehaviour,
} from '../../../renderer/features/behaviours/behaviour-actions';
import { CLIENT_BEHAVIOURS_COLLECTION, CLINIC_BEHAVIOURS_REF, behavioursOf } from '../../../renderer/features/behaviours/behaviour-records';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { BEHAVIOUR_PRESETS, customBehaviourId, withWeeklyTarget, type TrackedBehaviour } from '../../../shared/progress/plans/behaviour-presets';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { ADMIN, waitFor, testServerPerFile } from './server-fixture';

/*
 * Issue 14: two laptops change the same client's tracked-behaviour list while offline. Before, each saved its whole
 * list and the later one replaced the other's change; now each record carries its one change and both stand.
 */

const server = testServerPerFile();

function preset(id: string): TrackedBehaviour {
  const found = BEHAVIOUR_PRESETS.find((b) => b.behaviourId === id);
  if (!found) throw new Error(`no preset ${id}`);
  return found;
}
const PANIC = preset('panic_attacks');
const URGES = preset('self_harm_urges');
const BINGES = preset('binge_episodes');
const ctxOf = (db: WaypointDatabase, id: string, iso: string) => ({ db, actor: { id, role: 'therapist' as const }, now: () => new Date(iso) });
const trackedOn = async (db: WaypointDatabase) =>
  behavioursOf(await firstValueFrom(watchClinicRecords(db, 'settings')), { collection: CLIENT_BEHAVIOURS_COLLECTION, id: 'c1' });
const shown = (list: readonly TrackedBehaviour[]) => list.map((b) => `${b.behaviourId}${b.weeklyTarget ? ` ≤ ${String(b.weeklyTarget.value)}` : ''}`).sort();

describe('a tracked-behaviour list changed on two laptops', () => {
  it('offline changes on both laptops merge: a behaviour tracked on each, a target changed on one and another stopped on the other', async () => {
    const clinicId = `bh-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`bh-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`bh-b-${clinicId}`, master, server.url, clinicId);
    a.startSync();
    b.startSync();
    await saveClientBehaviours(ctxOf(a.db, 'staff-a', '2026-12-01T09:00:00Z'), 'c1', [PANIC, URGES]);
    await waitFor('the list on laptop B', async () => (await trackedOn(b.db)).length === 2);
    await a.stopSync();
    await b.stopSync();

    // Offline, each laptop changes the list it read.
    const listA = await trackedOn(a.db);
    await trackBehaviour(ctxOf(a.db, 'staff-a', '2026-12-02T09:00:00Z'), 'c1', listA, BINGES);
    await changeTrackedBehaviour(
      ctxOf(a.db, 'staff-a', '2026-12-02T09:01:00Z'),
      'c1',
      await trackedOn(a.db),
      withWeeklyTarget(PANIC, { aggregate: 'sum_per_week', comparator: '<=', value: 2 }),
    );
    const listB = await trackedOn(b.db);
    await stopTrackingBehaviour(ctxOf(b.db, 'staff-b', '2026-12-02T10:00:00Z'), 'c1', listB, 'self_harm_urges');
    expect(shown(await trackedOn(b.db))).toEqual(['panic_attacks']);

    a.startSync();
    b.startSync();
    const expected = ['binge_episodes', 'panic_attacks ≤ 2'];
    await waitFor(
      'both laptops merged',
      async () =>
        JSON.stringify(shown(await trackedOn(a.db))) === JSON.stringify(expected) && JSON.stringify(shown(await trackedOn(b.db))) === JSON.stringify(expected),
      20_000,
    );
    expect(shown(await trackedOn(a.db))).toEqual(expected);
    expect(shown(await trackedOn(b.db))).toEqual(expected);
  });

  it('the clinic’s own list: a behaviour added on each laptop offline, both stand on both after sync', async () => {
    const clinicId = `bhc-${Date.now().toString(36)}`;
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const a = await openLaptop(`bhc-a-${clinicId}`, master, server.url, clinicId);
    const b = await openLaptop(`bhc-b-${clinicId}`, master, server.url, clinicId);
    const own = (label: string): TrackedBehaviour => ({ ...PANIC, behaviourId: customBehaviourId(label), label });
    const clinicListOn = async (db: WaypointDatabase) =>
      behavioursOf(await firstValueFrom(watchClinicRecords(db, 'settings')), CLINIC_BEHAVIOURS_REF)
        .map((x) => x.label)
        .sort();
    await addClinicBehaviour(ctxOf(a.db, 'staff-a', '2026-12-02T09:00:00Z'), [], own('Nail biting'));
    await addClinicBehaviour(ctxOf(b.db, 'staff-b', '2026-12-02T10:00:00Z'), [], own('Skipped meals'));
    expect(await clinicListOn(b.db)).toEqual(['Skipped meals']);
    a.startSync();
    b.startSync();
    const expected = ['Nail biting', 'Skipped meals'];
    await waitFor(
      'both laptops merged the clinic list',
      async () =>
        JSON.stringify(await clinicListOn(a.db)) === JSON.stringify(expected) && JSON.stringify(await clinicListOn(b.db)) === JSON.stringify(expected),
      20_000,
    );
    await a.stopSync();
    await b.stopSync();
  });
});
