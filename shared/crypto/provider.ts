/**
 * The crypto primitives Waypoint needs, injected so that shared/ stays free of platform globals.
 * The renderer implements it with WebCrypto and hash-wasm (`renderer/crypto/web-crypto-provider.ts`).
 */

/** An AES-256-GCM key held by the platform; opaque to shared code. */
export interface AesKey {
  readonly kind: 'aes-256-gcm';
  readonly handle: unknown;
}

export interface Argon2Params {
  /** Memory in KiB. */
  readonly memoryKiB: number;
  readonly iterations: number;
  readonly parallelism: number;
}

export interface CryptoProvider {
  randomBytes(length: number): Uint8Array;
  importAesKey(raw: Uint8Array): Promise<AesKey>;
  /**
   * Reads iv, plaintext and aad before it returns (WebCrypto copies its inputs), so the caller may reuse their buffers
   * at once: the sealed storage encodes each document into one shared buffer.
   */
  aesGcmEncrypt(key: AesKey, iv: Uint8Array, plaintext: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
  /** Rejects when the tag does not verify (wrong key, altered bytes or altered associated data). */
  aesGcmDecrypt(key: AesKey, iv: Uint8Array, ciphertext: Uint8Array, aad: Uint8Array): Promise<Uint8Array>;
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array, info: Uint8Array, length: number): Promise<Uint8Array>;
  sha256(data: Uint8Array): Promise<Uint8Array>;
  argon2id(password: Uint8Array, salt: Uint8Array, params: Argon2Params, length: number): Promise<Uint8Array>;
}
