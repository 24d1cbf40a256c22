import { EnvelopeError, openJson, sealJson } from './envelope';
import type { AesKey, CryptoProvider } from './provider';

/**
 * Sync key generations (issue 18 item 4(d)): generation 0 is the sync key derived from the master key; each rotation
 * (a staff member removed) makes a new random key, generation N+1. An envelope names the generation it was sealed
 * under: "w1.<iv>.<ct>" is generation 0 (every envelope written before rotations existed), "w2.<N>.<iv>.<ct>" is
 * generation N ≥ 1. A laptop seals under the newest generation it holds and opens with any it holds.
 */

const ROTATED_PREFIX = 'w2';

export interface KeyGeneration {
  readonly generation: number;
  readonly key: AesKey;
}

/** The sync keys one laptop holds; `newest` is also in `held`. */
export interface Keychain {
  readonly newest: KeyGeneration;
  readonly held: readonly KeyGeneration[];
}

/** A keychain from generation 0 (the master-derived key) and any rotated generations; the highest seals. */
export function keychainOf(generation0: AesKey, rotated: readonly KeyGeneration[] = []): Keychain {
  const held = [{ generation: 0, key: generation0 }, ...rotated.filter((g) => g.generation > 0)];
  const newest = held.reduce((a, b) => (b.generation > a.generation ? b : a));
  return { newest, held };
}

/** The generation an envelope names (0 for "w1."), or null when it is not a Waypoint envelope. */
export function envelopeGeneration(envelope: string): number | null {
  const parts = envelope.split('.');
  if (parts[0] === 'w1' && parts.length === 3) return 0;
  if (parts[0] !== ROTATED_PREFIX || parts.length !== 4 || !/^[1-9][0-9]{0,5}$/.test(parts[1] ?? '')) return null;
  return Number(parts[1]);
}

/** Seals a JSON value under the keychain's newest generation, naming it in the envelope. */
export async function sealJsonNewest(crypto: CryptoProvider, keys: Keychain, value: unknown, aad: string): Promise<string> {
  const { generation, key } = keys.newest;
  const sealed = await sealJson(crypto, key, value, aad);
  return generation === 0 ? sealed : `${ROTATED_PREFIX}.${generation}.${sealed.slice('w1.'.length)}`;
}

/** Opens an envelope of any generation the keychain holds; EnvelopeError names a generation it does not hold. */
export async function openJsonHeld(crypto: CryptoProvider, keys: Keychain, envelope: string, aad: string): Promise<unknown> {
  const generation = envelopeGeneration(envelope);
  if (generation === null) throw new EnvelopeError('not a Waypoint envelope');
  const held = keys.held.find((g) => g.generation === generation);
  if (!held) throw new EnvelopeError(`sealed under sync key generation ${generation}, which this laptop does not hold`);
  const inner = generation === 0 ? envelope : `w1.${envelope.split('.').slice(2).join('.')}`;
  return openJson(crypto, held.key, inner, aad);
}
