import { describe, expect, it } from 'vitest';
import { utf8Decode, utf8Encode } from '../../../../shared/crypto/bytes';
import { EnvelopeError, openBytes, openJson, sealBytes, sealJson } from '../../../../shared/crypto/envelope';
import {
  createMasterKey,
  deriveKey,
  unwrapMasterKey,
  unwrapWithPassphrase,
  wrapWithPassphrase,
  wrapWithPassphraseKeyed,
  wrapWithSecretKey,
  WrongSecretError,
} from '../../../../shared/crypto/keys';
import { createWebCryptoProvider } from '../../../../renderer/crypto/web-crypto-provider';

const crypto = createWebCryptoProvider();
// Small Argon2 parameters keep unit tests fast; the production default is asserted separately.
// Changes one base64 character inside the ciphertext (never a padding-only bit).
function flipMiddleChar(env: string): string {
  const at = env.lastIndexOf('.') + 4;
  return env.slice(0, at) + (env.charAt(at) === 'A' ? 'B' : 'A') + env.slice(at + 1);
}
const FAST = { memoryKiB: 1024, iterations: 1, parallelism: 1 };

describe('envelope', () => {
  it('seals with a fresh IV and opens with the same key and associated data', async () => {
    const key = await deriveKey(crypto, createMasterKey(crypto), 'at-rest');
    const a = await sealBytes(crypto, key, utf8Encode('Quincy'), 'clients/1');
    const b = await sealBytes(crypto, key, utf8Encode('Quincy'), 'clients/1');
    expect(a).not.toBe(b);
    expect(a).not.toContain('Quincy');
    expect(utf8Decode(await openBytes(crypto, key, a, 'clients/1'))).toBe('Quincy');
  });

  it.each([
    ['another record', (env: string) => env, 'clients/2'],
    ['a flipped byte', flipMiddleChar, 'clients/1'],
    ['garbage', () => 'w1.??.??', 'clients/1'],
    ['no prefix', () => 'hello', 'clients/1'],
  ])('refuses %s', async (_name, mutate, aad) => {
    const key = await deriveKey(crypto, createMasterKey(crypto), 'at-rest');
    const env = await sealJson(crypto, key, { note: 'private' }, 'clients/1');
    await expect(openJson(crypto, key, mutate(env), aad)).rejects.toBeInstanceOf(EnvelopeError);
  });

  it('refuses another key', async () => {
    const key = await deriveKey(crypto, createMasterKey(crypto), 'at-rest');
    const other = await deriveKey(crypto, createMasterKey(crypto), 'at-rest');
    const env = await sealJson(crypto, key, 1, 'x');
    await expect(openJson(crypto, other, env, 'x')).rejects.toBeInstanceOf(EnvelopeError);
  });
});

describe('key wrapping', () => {
  it('unwraps with the right passphrase and refuses a wrong one', async () => {
    const master = createMasterKey(crypto);
    const wrapped = await wrapWithPassphrase(crypto, master, 'correct horse battery', FAST);
    expect(wrapped.kdf).toBe('argon2id');
    expect(await unwrapMasterKey(crypto, wrapped, 'correct horse battery')).toEqual(master);
    await expect(unwrapMasterKey(crypto, wrapped, 'correct horse batterY')).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('unwraps with a high-entropy secret', async () => {
    const master = createMasterKey(crypto);
    const secret = crypto.randomBytes(32);
    const wrapped = await wrapWithSecretKey(crypto, master, secret);
    expect(await unwrapMasterKey(crypto, wrapped, secret)).toEqual(master);
    await expect(unwrapMasterKey(crypto, wrapped, crypto.randomBytes(32))).rejects.toBeInstanceOf(WrongSecretError);
  });

  it('derives different keys per purpose from one master key', async () => {
    const master = createMasterKey(crypto);
    const atRest = await deriveKey(crypto, master, 'at-rest');
    const sync = await deriveKey(crypto, master, 'sync');
    const env = await sealJson(crypto, atRest, 'x', 'a');
    await expect(openJson(crypto, sync, env, 'a')).rejects.toBeInstanceOf(EnvelopeError);
    const again = await deriveKey(crypto, master, 'at-rest');
    expect(await openJson(crypto, again, env, 'a')).toBe('x');
  });
});

describe('personal key (issue 18 item 6)', () => {
  it('comes back with the master key from the same passphrase wrapping, and differs with every new wrapping', async () => {
    const master = createMasterKey(crypto);
    const first = await wrapWithPassphraseKeyed(crypto, master, 'a long enough passphrase', FAST);
    const opened = await unwrapWithPassphrase(crypto, first.wrapped, 'a long enough passphrase');
    expect(opened.master).toEqual(master);
    expect(opened.personal).toEqual(first.personal);
    expect(first.personal).not.toEqual(master);
    const again = await wrapWithPassphraseKeyed(crypto, master, 'a long enough passphrase', FAST);
    expect(again.personal).not.toEqual(first.personal);
    await expect(unwrapWithPassphrase(crypto, first.wrapped, 'the wrong passphrase')).rejects.toBeInstanceOf(WrongSecretError);
    await expect(unwrapWithPassphrase(crypto, await wrapWithSecretKey(crypto, master, crypto.randomBytes(32)), 'x')).rejects.toBeInstanceOf(WrongSecretError);
  });
});
