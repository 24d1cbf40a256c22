import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../../renderer/crypto/web-crypto-provider';
import { EnvelopeError, sealJson } from '../../../../shared/crypto/envelope';
import { envelopeGeneration, keychainOf, openJsonHeld, sealJsonNewest } from '../../../../shared/crypto/key-generations';

const crypto = createWebCryptoProvider();
const keyOf = (fill: number) => crypto.importAesKey(new Uint8Array(32).fill(fill));

describe('sync key generations (issue 18 item 4(d))', () => {
  it.each([
    ['w1.AAAA.BBBB', 0],
    ['w2.1.AAAA.BBBB', 1],
    ['w2.42.AAAA.BBBB', 42],
    ['w2.0.AAAA.BBBB', null],
    ['w2.01.AAAA.BBBB', null],
    ['w2.x.AAAA.BBBB', null],
    ['w2.AAAA.BBBB', null],
    ['w1.AAAA.BBBB.CCCC', null],
    ['hello', null],
  ])('%s names generation %s', (envelope, generation) => {
    expect(envelopeGeneration(envelope)).toBe(generation);
  });

  it('seals under the newest generation held and names it', async () => {
    const keys = keychainOf(await keyOf(0), [
      { generation: 2, key: await keyOf(2) },
      { generation: 1, key: await keyOf(1) },
    ]);
    const sealed = await sealJsonNewest(crypto, keys, { a: 1 }, 'clients/c1');
    expect(sealed).toMatch(/^w2\.2\./);
    expect(await openJsonHeld(crypto, keys, sealed, 'clients/c1')).toEqual({ a: 1 });
  });

  it('without rotations seals exactly as before ("w1.", generation 0)', async () => {
    const keys = keychainOf(await keyOf(0));
    const sealed = await sealJsonNewest(crypto, keys, { a: 1 }, 'x');
    expect(envelopeGeneration(sealed)).toBe(0);
  });

  it('opens an envelope written before rotations existed with generation 0', async () => {
    const old = await sealJson(crypto, await keyOf(0), { firstName: 'Quinn' }, 'clients/c1');
    const keys = keychainOf(await keyOf(0), [{ generation: 1, key: await keyOf(1) }]);
    expect(await openJsonHeld(crypto, keys, old, 'clients/c1')).toEqual({ firstName: 'Quinn' });
  });

  it.each([
    ['a generation the laptop does not hold', 0, 'does not hold'],
    ['a relabelled generation (sealed under 1, labelled 2)', 2, 'did not verify'],
  ])('refuses %s', async (_name, heldBeyond, message) => {
    const writer = keychainOf(await keyOf(0), [{ generation: 1, key: await keyOf(1) }]);
    const sealed = await sealJsonNewest(crypto, writer, 'x', 'a');
    const relabelled = heldBeyond === 2 ? sealed.replace(/^w2\.1\./, 'w2.2.') : sealed;
    const reader = keychainOf(await keyOf(0), heldBeyond === 2 ? [{ generation: 2, key: await keyOf(2) }] : []);
    const opening = openJsonHeld(crypto, reader, relabelled, 'a');
    await expect(opening).rejects.toBeInstanceOf(EnvelopeError);
    await expect(openJsonHeld(crypto, reader, relabelled, 'a')).rejects.toThrow(message);
  });
});
