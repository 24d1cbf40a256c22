import { argon2id } from 'hash-wasm';
import type { AesKey, Argon2Params, CryptoProvider } from '../../shared/crypto/provider';

// WebCrypto wants ArrayBuffer-backed views. It copies what it is given before the call returns (WebCrypto: "get a copy
// of the bytes held by the data parameter"; Node's jobs copy too), so a caller may reuse its buffer at once and an
// ArrayBuffer-backed view goes as it is: sealing a bulk write of 1,000 records made 3,000 copies on the main thread
// before the first encrypt was even issued. A view over a SharedArrayBuffer (or another realm's buffer) is copied.
function buf(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  if (isArrayBufferView(bytes)) return bytes;
  const copy = new Uint8Array(bytes.length);
  copy.set(bytes);
  return copy;
}

function isArrayBufferView(bytes: Uint8Array): bytes is Uint8Array<ArrayBuffer> {
  return bytes.buffer instanceof ArrayBuffer;
}

function cryptoKeyOf(key: AesKey): CryptoKey {
  if (!(key.handle instanceof CryptoKey)) throw new Error('not a WebCrypto key');
  return key.handle;
}

/** CryptoProvider over WebCrypto (AES-GCM, HKDF) and hash-wasm (Argon2id). Works in browsers, Electron and Node 20. */
export function createWebCryptoProvider(subtle: SubtleCrypto = globalThis.crypto.subtle): CryptoProvider {
  return {
    randomBytes(length) {
      return globalThis.crypto.getRandomValues(new Uint8Array(length));
    },
    async importAesKey(raw) {
      if (raw.length !== 32) throw new Error('AES-256 keys are 32 bytes');
      const handle = await subtle.importKey('raw', buf(raw), { name: 'AES-GCM' }, false, ['encrypt', 'decrypt']);
      return { kind: 'aes-256-gcm', handle };
    },
    async aesGcmEncrypt(key, iv, plaintext, aad) {
      const params = { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) };
      return new Uint8Array(await subtle.encrypt(params, cryptoKeyOf(key), buf(plaintext)));
    },
    async aesGcmDecrypt(key, iv, ciphertext, aad) {
      const params = { name: 'AES-GCM', iv: buf(iv), additionalData: buf(aad) };
      return new Uint8Array(await subtle.decrypt(params, cryptoKeyOf(key), buf(ciphertext)));
    },
    async hkdfSha256(ikm, salt, info, length) {
      const base = await subtle.importKey('raw', buf(ikm), 'HKDF', false, ['deriveBits']);
      const bits = await subtle.deriveBits({ name: 'HKDF', hash: 'SHA-256', salt: buf(salt), info: buf(info) }, base, length * 8);
      return new Uint8Array(bits);
    },
    async sha256(data) {
      return new Uint8Array(await subtle.digest('SHA-256', buf(data)));
    },
    async argon2id(password: Uint8Array, salt: Uint8Array, params: Argon2Params, length: number) {
      return argon2id({
        password,
        salt,
        parallelism: params.parallelism,
        iterations: params.iterations,
        memorySize: params.memoryKiB,
        hashLength: length,
        outputType: 'binary',
      });
    },
  };
}
