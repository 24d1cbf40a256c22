import { describe, expect, it } from 'vitest';
import { clearRecovery, prepareRecoveryWriter, readRecovery, type RecoveryStorage } from '../../../../renderer/features/notes/draft-recovery';
import type { DraftContent } from '../../../../renderer/features/notes/useNoteDraft';

function memoryStorage(): RecoveryStorage & { dump(): string } {
  const items = new Map<string, string>();
  return {
    getItem: (k) => items.get(k) ?? null,
    setItem: (k, v) => {
      items.set(k, v);
    },
    removeItem: (k) => {
      items.delete(k);
    },
    dump: () => JSON.stringify([...items]),
  };
}
const key = () => btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(32))));
const content = (plan: string): DraftContent => ({
  title: 'Session',
  templateId: 'soap',
  sections: [{ key: 'plan', heading: 'Plan', html: `<p>${plan}</p>` }],
  risk: { level: 'low', text: 'Passive thoughts, no plan' },
  interventions: ['grounding'],
});
const at = new Date('2026-11-27T10:00:00.000Z');

describe('draft recovery copy', () => {
  it('stores only ciphertext and restores the newest copy with the draft key', async () => {
    const storage = memoryStorage();
    const k = key();
    const writer = await prepareRecoveryWriter('n1', k, storage);
    expect(writer?.write(content('Practice grounding twice a'), at)).toBe(true);
    expect(writer?.write(content('Practice grounding twice a day and'), at)).toBe(true);
    expect(storage.dump()).not.toContain('grounding');
    expect(storage.dump()).not.toContain('Passive');
    const found = await readRecovery('n1', k, storage);
    expect(found).toEqual({ content: content('Practice grounding twice a day and'), at: at.toISOString() });
  });

  it('uses a fresh keystream segment for every copy', async () => {
    const storage = memoryStorage();
    const writer = await prepareRecoveryWriter('n1', key(), storage);
    writer?.write(content('same text'), at);
    const first = JSON.parse(storage.getItem('waypoint.note-recovery.n1') ?? '{}') as { data: string; offset: number };
    writer?.write(content('same text'), at);
    const second = JSON.parse(storage.getItem('waypoint.note-recovery.n1') ?? '{}') as { data: string; offset: number };
    expect(second.offset).toBeGreaterThan(first.offset);
    expect(second.data).not.toBe(first.data);
  });

  it('drops a copy that does not decrypt (another key or altered bytes) and one that is cleared', async () => {
    const storage = memoryStorage();
    const writer = await prepareRecoveryWriter('n1', key(), storage);
    writer?.write(content('x'), at);
    expect(await readRecovery('n1', key(), storage)).toBeNull();
    expect(storage.getItem('waypoint.note-recovery.n1')).toBeNull();

    const k = key();
    (await prepareRecoveryWriter('n2', k, storage))?.write(content('y'), at);
    clearRecovery('n2', storage);
    expect(await readRecovery('n2', k, storage)).toBeNull();
  });

  it('does nothing for a draft without a key', async () => {
    expect(await prepareRecoveryWriter('n1', '', memoryStorage())).toBeNull();
  });
});
