import { describe, expect, it } from 'vitest';
import { CRASH_COPY_ALTERED, CRASH_COPY_UNREADABLE, prepareCrashCopyWriter, type CrashCopyStorage } from '../../renderer/drafts/crash-copy';
import { readRecoveryResult, prepareRecoveryWriter } from '../../renderer/features/notes/draft-recovery';
import type { DraftContent } from '../../renderer/features/notes/useNoteDraft';
import { planCopyKey, planCopyWriteKey, readPlanCopy } from '../../renderer/features/plans/plan-crash-copy';
import type { TreatmentPlanVersion } from '../../shared/progress/plans/types';
import { actorOn } from './actions/actor';

/*
 * Issue 18 item 8: a crash-recovery copy that fails its integrity check is refused with a message the note, group
 * note and plan editors show (CrashCopyRefusedNotice), never dropped quietly; the refused copy is removed.
 */

function memoryStorage(): CrashCopyStorage {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      items.set(k, v);
    },
    removeItem: (k) => {
      items.delete(k);
    },
  };
}

/** Flips one byte of the stored ciphertext, as an edit of the profile on disk would. */
function alter(storage: CrashCopyStorage, key: string): void {
  const entry = JSON.parse(storage.getItem(key) ?? '{}') as { data: string };
  const bytes = Uint8Array.from(atob(entry.data), (c) => c.charCodeAt(0));
  bytes[0] = (bytes[0] ?? 0) ^ 1;
  storage.setItem(key, JSON.stringify({ ...entry, data: btoa(String.fromCharCode(...bytes)) }));
}

const draftKey = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const at = new Date('2026-12-05T10:00:00.000Z');
const note: DraftContent = {
  title: 'Session',
  templateId: 'soap',
  sections: [{ key: 'plan', heading: 'Plan', html: '<p>x</p>' }],
  risk: { level: '', text: '' },
  interventions: [],
};

describe('a refused crash-recovery copy is reported, not dropped quietly', () => {
  it('note and group note: an altered copy reads as refused with the integrity message, an unreadable one with its own', async () => {
    const storage = memoryStorage();
    const key = draftKey();
    (await prepareRecoveryWriter('n1', key, storage))?.write(note, at);
    alter(storage, 'waypoint.note-recovery.n1');
    expect(await readRecoveryResult('n1', key, storage)).toEqual({ status: 'refused', message: CRASH_COPY_ALTERED });
    expect(storage.getItem('waypoint.note-recovery.n1')).toBeNull();

    storage.setItem('waypoint.note-recovery.n2', '{"not":"a copy"}');
    expect(await readRecoveryResult('n2', key, storage)).toEqual({ status: 'refused', message: CRASH_COPY_UNREADABLE });
    (await prepareRecoveryWriter('n3', key, storage))?.write(note, at);
    expect(await readRecoveryResult('n3', key, storage)).toEqual({ status: 'restored', copy: { content: note, at: at.toISOString() } });
  });

  it('plan: a copy none of the draft’s keys verifies is refused with the integrity message (real storage for the keys)', async () => {
    const { ctx } = await actorOn('therapist');
    const storage = memoryStorage();
    const plan = { versionId: 'v1', problems: [], targetBehaviours: [] } as unknown as TreatmentPlanVersion;
    const key = await planCopyWriteKey(ctx, 'v1');
    (await prepareCrashCopyWriter<TreatmentPlanVersion>(planCopyKey('v1'), key, storage))?.write(plan, at);
    expect(await readPlanCopy(ctx, 'v1', storage)).toMatchObject({ status: 'restored', copy: { content: { versionId: 'v1' } } });
    alter(storage, planCopyKey('v1'));
    expect(await readPlanCopy(ctx, 'v1', storage)).toEqual({ status: 'refused', message: CRASH_COPY_ALTERED });
    expect(storage.getItem(planCopyKey('v1'))).toBeNull();
    expect(await readPlanCopy(ctx, 'v1', storage)).toEqual({ status: 'none' });
  });
});
