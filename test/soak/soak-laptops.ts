/** The soak's laptops, their network switch and what each holds: the pieces of sync-soak.test.ts that need no server. */
import { findClinicRecords, getClient, updateClient, type Client, type ClientInput } from '../../renderer/db';
import type { FetchLike } from '../../renderer/sync/encrypting-fetch';
import type { Laptop } from '../integration/sync/laptops';
import { clientInput } from '../utils/client-input';

export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * How late the event loop ran a 100 ms timer, at most, since the last reset: a process starved of CPU shows here,
 * not in sync's own trace (which then just has a gap).
 */
export function loopLagMonitor(): { max: () => number; reset: () => void; stop: () => void } {
  let expected = Date.now() + 100;
  let max = 0;
  const timer = setInterval(() => {
    const now = Date.now();
    max = Math.max(max, now - expected);
    expected = now + 100;
  }, 100);
  return {
    max: () => max,
    reset: () => (max = 0),
    stop: () => {
      clearInterval(timer);
    },
  };
}

export const base = clientInput({ firstName: 'Soak', lastName: 'Test', dateOfBirth: '1990-01-01', program: 'Adult', primaryClinicianId: 's' });
const inputOf = (c: Client, preferredName: string): ClientInput => ({ ...base, firstName: c.firstName, lastName: c.lastName, preferredName });

/** A laptop with a network switch: offline, every request fails as a dropped connection does. */
export interface SoakLaptop {
  readonly name: string;
  readonly laptop: Laptop;
  online: boolean;
}

export const transportOf =
  (l: SoakLaptop): FetchLike =>
  (input, init) =>
    l.online ? fetch(input, init) : Promise.reject(new TypeError('fetch failed (soak: offline)'));

export async function textsOn(laptop: Laptop, ids: readonly string[]): Promise<{ winners: string; all: Set<string> }> {
  // A record not there yet is not "the same" as an empty name on the other laptop.
  const winners = await Promise.all(ids.map(async (id) => (await getClient(laptop.db, id))?.preferredName ?? '\u0000missing'));
  const copies = (await findClinicRecords(laptop.db, 'conflict-copy')).map((c) => (typeof c.data.preferredName === 'string' ? c.data.preferredName : ''));
  return { winners: winners.join('\n'), all: new Set([...winners, ...copies]) };
}

export async function converged(laptops: readonly SoakLaptop[], ids: readonly string[], mustHold: readonly string[]): Promise<boolean> {
  if (laptops.some((l) => !l.online)) return false;
  const seen = await Promise.all(laptops.map((l) => textsOn(l.laptop, ids)));
  const [first, ...rest] = seen;
  if (!first) return false;
  const same = rest.every((s) => s.winners === first.winners && s.all.size === first.all.size && [...s.all].every((t) => first.all.has(t)));
  return same && mustHold.every((t) => first.all.has(t));
}

export interface Tally {
  rounds: number;
  cycles: number;
  lost: number;
  unconverged: number;
  restarts: number;
  flips: number;
  /** The event loop's worst lateness in any cycle (ms): how starved the soak's process was. */
  maxLoopLag: number;
  readonly times: number[];
}

export const percentile = (sorted: readonly number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * p))] ?? 0;

export async function editRound(l: SoakLaptop, id: string, text: string, at: Date): Promise<void> {
  const current = await getClient(l.laptop.db, id);
  if (!current) throw new Error(`record ${id} missing on ${l.name}`);
  await updateClient(l.laptop.db, id, inputOf(current, text), { authorId: `staff-${l.name}`, now: at });
}

/**
 * An edit made while syncing: as a client form's save does, it writes over the version this laptop holds at that
 * moment. Returns that version's text, read inside the write (a version pulled between a read and the write would
 * otherwise be replaced unseen by the soak's bookkeeping).
 */
export async function onlineEditRound(l: SoakLaptop, id: string, text: string, at: Date): Promise<string> {
  const doc = await l.laptop.db.clients.findOne(id).exec();
  if (!doc) throw new Error(`record ${id} missing on ${l.name}`);
  let replaced = '';
  await doc.incrementalModify((data) => {
    replaced = data.preferredName;
    return { ...data, preferredName: text, authorId: `staff-${l.name}`, updatedAt: at.toISOString() };
  });
  return replaced;
}
