import { describe, expect, it } from 'vitest';
import { countDocs, generateClinic } from '../../../scripts/seed/generate';
import { mulberry32 } from '../../../scripts/seed/prng';
import { SIZE_PROFILES, totalDocs } from '../../../scripts/seed/sizes';

describe('mulberry32', () => {
  it('gives the same sequence for the same seed and another for another seed', () => {
    const draw = (seed: number) => {
      const rng = mulberry32(seed);
      return Array.from({ length: 5 }, () => rng.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
    expect(draw(42).every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe('generateClinic', () => {
  it('is deterministic: same seed, same data', () => {
    expect(JSON.stringify(generateClinic('tiny', 7))).toBe(JSON.stringify(generateClinic('tiny', 7)));
    expect(JSON.stringify(generateClinic('tiny', 7))).not.toBe(JSON.stringify(generateClinic('tiny', 8)));
  });

  it.each([
    ['tiny', 301],
    ['small', 5_003],
  ] as const)(
    '%s writes the documented number of documents (%i)',
    (size, total) => {
      const profile = SIZE_PROFILES[size];
      const counts = countDocs(generateClinic(size));
      expect(totalDocs(profile)).toBe(total);
      expect(counts).toEqual({
        staff: profile.staff,
        clients: profile.clients,
        medications: profile.medications,
        notes: profile.notes,
        responses: profile.measures + profile.checkIns,
        attendance: profile.attendance,
        medevents: profile.medEvents,
      });
    },
    30_000,
  );

  it('documents medium at ~50k documents', () => {
    expect(totalDocs(SIZE_PROFILES.medium)).toBe(49_895);
  });

  it('documents large as issue 7 asks: ~1,500 clients, 45k notes, 40k responses, 30k attendance, 80k events', () => {
    const large = SIZE_PROFILES.large;
    expect([large.clients, large.notes, large.measures, large.attendance, large.medEvents + large.checkIns]).toEqual([1500, 45_000, 40_000, 30_000, 80_000]);
    expect(totalDocs(large)).toBeGreaterThanOrEqual(195_000);
  });

  it('writes notes of about 1–3 kB and scores measures with the instrument library', () => {
    const clinic = generateClinic('small');
    const sizes = clinic.notes.map((n) => JSON.stringify(n.sections).length);
    const mean = sizes.reduce((a, b) => a + b, 0) / sizes.length;
    expect(mean).toBeGreaterThan(1000);
    expect(mean).toBeLessThan(3000);
    const phq9 = clinic.responses.filter((r) => r.instrumentId === 'PHQ-9');
    expect(phq9.length).toBeGreaterThan(0);
    expect(phq9.every((r) => typeof r.score === 'number' && r.score >= 0 && r.score <= 27 && r.band !== null)).toBe(true);
    expect(phq9.some((r) => r.flags.includes('self_harm_item9'))).toBe(true);
  });

  it('links every record to a generated client', () => {
    const clinic = generateClinic('tiny');
    const ids = new Set(clinic.clients.map((c) => c.id));
    const linked = [...clinic.notes, ...clinic.responses, ...clinic.attendance, ...clinic.medEvents, ...clinic.medications];
    expect(linked.every((r) => ids.has(r.clientId))).toBe(true);
  });
});
