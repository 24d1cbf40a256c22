/**
 * Typed access to scripts/seed. The generator belongs to the scripts/ TypeScript project (it imports shared/ and
 * renderer/ code there); a static import from test/ would pull its files into the test project, which does not
 * reference scripts/. So it is loaded by URL, like scripts/pouchdb-dev-server.mjs in test/integration, and its
 * exports are checked here.
 */
import type { Client } from '../../../shared/domain/client';
import type { Attendance, InstrumentResponse, Medication, MedicationEvent, Note } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';

export type SizeName = 'tiny' | 'small' | 'medium' | 'large';

export interface SizeProfile {
  readonly staff: number;
  readonly clients: number;
  readonly medications: number;
  readonly notes: number;
  readonly measures: number;
  readonly checkIns: number;
  readonly attendance: number;
  readonly medEvents: number;
}

export interface SyntheticClinic {
  readonly size: SizeName;
  readonly seed: number;
  readonly staff: readonly Staff[];
  readonly clients: readonly Client[];
  readonly medications: readonly Medication[];
  readonly notes: readonly Note[];
  readonly responses: readonly InstrumentResponse[];
  readonly attendance: readonly Attendance[];
  readonly medEvents: readonly MedicationEvent[];
}

export interface Rng {
  next(): number;
}

export interface SeedModule {
  readonly generateClinic: (size: SizeName, seed?: number) => SyntheticClinic;
  readonly countDocs: (clinic: SyntheticClinic) => Readonly<Record<string, number>>;
  readonly mulberry32: (seed: number) => Rng;
  readonly SIZE_PROFILES: Readonly<Record<SizeName, SizeProfile>>;
  readonly totalDocs: (profile: SizeProfile) => number;
}

function isModule(value: unknown): value is SeedModule {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  const functions = ['generateClinic', 'countDocs', 'mulberry32', 'totalDocs'];
  return functions.every((name) => typeof m[name] === 'function') && typeof m.SIZE_PROFILES === 'object' && m.SIZE_PROFILES !== null;
}

const moduleUrl = new URL('../../../scripts/seed/index.ts', import.meta.url).href;

/** scripts/seed/index.ts, with its exports checked. */
export async function loadSeed(): Promise<SeedModule> {
  const loaded: unknown = await import(/* @vite-ignore */ moduleUrl);
  if (!isModule(loaded)) throw new Error('scripts/seed/index.ts no longer exports generateClinic, countDocs, mulberry32, SIZE_PROFILES and totalDocs');
  return loaded;
}
