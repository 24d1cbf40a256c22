import { describe, expect, it } from 'vitest';
import { runSubmit, type SubmitState } from '../../../renderer/components/submit';

async function states(work: () => Promise<unknown>, failure?: (e: unknown) => string): Promise<{ ok: boolean; seen: SubmitState[] }> {
  const seen: SubmitState[] = [];
  const ok = await runSubmit(work, (s) => seen.push(s), failure);
  return { ok, seen };
}

describe('runSubmit', () => {
  it('is pending while the work runs, then clear', async () => {
    expect(await states(() => Promise.resolve('saved'))).toEqual({
      ok: true,
      seen: [
        { pending: true, error: null },
        { pending: false, error: null },
      ],
    });
  });

  it.each([
    ['an Error says its message', new Error('The server did not answer.'), undefined, 'The server did not answer.'],
    ['anything else reads as text', 'refused', undefined, 'refused'],
    ['the form words it its own way', new Error('409'), (e: unknown) => `Not saved (${String(e)}).`, 'Not saved (Error: 409).'],
  ])('a failure ends pending with its message: %s', async (_what, thrown, failure, message) => {
    expect(await states(() => Promise.reject(thrown as Error), failure)).toEqual({
      ok: false,
      seen: [
        { pending: true, error: null },
        { pending: false, error: message },
      ],
    });
  });
});
