import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../../renderer/crypto/web-crypto-provider';
import { openBytes, sealBytes } from '../../../../shared/crypto/envelope';

interface Seen {
  readonly data: BufferSource;
  readonly iv: unknown;
  readonly additionalData: unknown;
}

// Node's SubtleCrypto behind a recorder of what the provider hands encrypt, by identity (keys come from a plain provider).
function recordingSubtle(seen: Seen[]): SubtleCrypto {
  const subtle = globalThis.crypto.subtle;
  const recorder = Object.create(subtle) as SubtleCrypto;
  recorder.encrypt = (algorithm, key, data) => {
    const { iv, additionalData } = algorithm as AesGcmParams;
    seen.push({ data, iv, additionalData });
    return subtle.encrypt(algorithm, key, data);
  };
  return recorder;
}

const plain = createWebCryptoProvider();

describe('WebCrypto provider', () => {
  it('hands ArrayBuffer-backed bytes to WebCrypto as they are, without copying them first', async () => {
    const seen: Seen[] = [];
    const provider = createWebCryptoProvider(recordingSubtle(seen));
    const key = await plain.importAesKey(plain.randomBytes(32));
    const iv = provider.randomBytes(12);
    const plaintext = new TextEncoder().encode('{"body":"Session notes"}');
    const aad = new TextEncoder().encode('notes/n1');
    await provider.aesGcmEncrypt(key, iv, plaintext, aad);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.data).toBe(plaintext);
    expect(seen[0]?.iv).toBe(iv);
    expect(seen[0]?.additionalData).toBe(aad);
  });

  it('copies a view over a SharedArrayBuffer, which WebCrypto does not take', async () => {
    const seen: Seen[] = [];
    const provider = createWebCryptoProvider(recordingSubtle(seen));
    const key = await plain.importAesKey(plain.randomBytes(32));
    const shared = new Uint8Array(new SharedArrayBuffer(5));
    shared.set([1, 2, 3, 4, 5]);
    const sealed = await provider.aesGcmEncrypt(key, provider.randomBytes(12), shared, new Uint8Array(0));
    expect(seen[0]?.data).not.toBe(shared);
    expect(sealed).toHaveLength(5 + 16);
  });

  it('seals what the bytes held when the call was made, even if the caller reuses its buffer at once', async () => {
    const provider = createWebCryptoProvider();
    const key = await provider.importAesKey(provider.randomBytes(32));
    const scratch = new TextEncoder().encode('first record');
    const pending = sealBytes(provider, key, scratch, 'notes/n1');
    scratch.fill(0x21);
    const envelope = await pending;
    expect(new TextDecoder().decode(await openBytes(provider, key, envelope, 'notes/n1'))).toBe('first record');
  });
});
