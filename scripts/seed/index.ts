/**
 * scripts/seed: a deterministic synthetic clinic (issue 7). `generateClinic(size, seed)` is pure; `writeClinic`
 * writes it through the app's database (RxDB collections over the sealed storage), as the app's own saves do.
 */
export { countDocs, DEFAULT_SEED, generateClinic, type SyntheticClinic } from './generate';
export { mulberry32, type Rng } from './prng';
export { isSizeName, SIZE_NAMES, SIZE_PROFILES, totalDocs, type SizeName, type SizeProfile } from './sizes';
export { insertBatched, writeClinic } from './write';
