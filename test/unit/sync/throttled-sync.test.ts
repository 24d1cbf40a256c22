import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../renderer/crypto/web-crypto-provider';
import { createEncryptingFetch } from '../../../renderer/sync/encrypting-fetch';
import { keychainOf } from '../../../shared/crypto/key-generations';
import { createMasterKey, deriveKey } from '../../../shared/crypto/keys';

// A throttled account (429: too many wrong passwords) must read as that in the sync status. Read as a feed, the
// answer used to surface as "Cannot read properties of undefined (reading 'map')" (seen in members.test.ts).

const crypto = createWebCryptoProvider();
const throttled = (): Promise<Response> =>
  Promise.resolve(
    new Response(JSON.stringify({ error: 'too_many_requests', reason: 'Too many wrong passwords.' }), { status: 429, headers: { 'retry-after': '7' } }),
  );

describe('a throttled account while syncing', () => {
  it.each([
    ['a pull', 'http://h:5984/wp_c_notes/_changes?style=all_docs&feed=normal&include_docs=true&since=0&limit=50', undefined],
    ['a listener', 'http://h:5984/wp_c_notes/_changes?style=all_docs&feed=longpoll&since=3&limit=50', undefined],
    ['a push check', 'http://h:5984/wp_c_notes/_all_docs?', { method: 'POST', body: JSON.stringify({ keys: ['a'], include_docs: true }) }],
  ] as const)('%s answered 429 fails with the throttle and its wait, not a TypeError', async (_what, url, init) => {
    const syncKeys = keychainOf(await deriveKey(crypto, createMasterKey(crypto), 'sync'));
    const fetch = createEncryptingFetch({ fetch: throttled, crypto, syncKeys, collection: 'notes', plaintextFields: [] });
    await expect(fetch(url, init)).rejects.toThrow('refusing sign-ins for now after too many wrong passwords. Try again in 7 seconds.');
  });

  it('names the wait sync keeps, not the day a proxy asked for', async () => {
    const syncKeys = keychainOf(await deriveKey(crypto, createMasterKey(crypto), 'sync'));
    const aDay = () => Promise.resolve(new Response('{}', { status: 429, headers: { 'retry-after': '86400' } }));
    const fetch = createEncryptingFetch({ fetch: aDay, crypto, syncKeys, collection: 'notes', plaintextFields: [] });
    await expect(fetch('http://h:5984/wp_c_notes/_all_docs?', { method: 'POST', body: JSON.stringify({ keys: ['a'] }) })).rejects.toThrow(
      'Try again in 15 minutes.',
    );
  });
});
