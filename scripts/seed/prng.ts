/**
 * A small seeded PRNG (mulberry32) and helpers. Benchmarks must compare like with like across runs and machines,
 * so every synthetic record comes from here, never from Math.random or the clock.
 */

export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
}

/** mulberry32: 32-bit state, good enough spread for test data, and identical on every JS engine. */
export function mulberry32(seed: number): Rng {
  let state = seed >>> 0;
  return {
    next() {
      state = (state + 0x6d2b79f5) >>> 0;
      let t = state;
      t = Math.imul(t ^ (t >>> 15), t | 1);
      t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
      return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
    },
  };
}

/** Integer in [min, max], both inclusive. */
export function intBetween(rng: Rng, min: number, max: number): number {
  return min + Math.floor(rng.next() * (max - min + 1));
}

/** True with probability p. */
export function chance(rng: Rng, p: number): boolean {
  return rng.next() < p;
}

/** One element of a non-empty list. */
export function pick<T>(rng: Rng, list: readonly T[]): T {
  const item = list[Math.floor(rng.next() * list.length)];
  if (item === undefined) throw new Error('pick() needs a non-empty list');
  return item;
}

/** A UUID-shaped id (version 4 layout) from the PRNG, so ids index like the app's crypto.randomUUID() ids. */
export function uuidOf(rng: Rng): string {
  // Four 32-bit words are enough entropy and keep generation cheap at 200k documents.
  const hex = Array.from({ length: 4 }, () =>
    Math.floor(rng.next() * 4_294_967_296)
      .toString(16)
      .padStart(8, '0'),
  ).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${'89ab'.charAt(parseInt(hex.charAt(16), 16) % 4)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

const DAY_MS = 86_400_000;

/** ISO instant `days` (fractional) after an ISO date. */
export function instantAfter(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00.000Z`) + days * DAY_MS).toISOString();
}

/** ISO date `days` after an ISO date. */
export function dateAfter(isoDate: string, days: number): string {
  return instantAfter(isoDate, Math.floor(days)).slice(0, 10);
}
