import { describe, expect, it } from 'vitest';
import type { ClinicRecord, InstrumentResponse } from '../../../../renderer/db';
import { emptyDraft, readDraft } from '../../../../renderer/features/check-ins/checkin-form';
import { allSkills, checkInResponse, clinicSkillsOf, secondCheckIns, toCheckIns, type CheckIn } from '../../../../renderer/features/check-ins/checkin-records';
import { checkInSummary, checkInsInRange } from '../../../../renderer/features/check-ins/checkin-trend-data';
import { familyFeedbackResponse, toFamilyFeedback } from '../../../../renderer/features/family-feedback/family-records';
import { administrableWith, licensedTextsOf } from '../../../../renderer/features/measures/licensed-records';

const NOW = new Date('2026-11-10T15:00:00Z');
const dayOf = (instant: string) => instant.slice(0, 10);
const stored = (input: Omit<InstrumentResponse, 'id' | 'authorId' | 'createdAt' | 'updatedAt'>, id: string): InstrumentResponse => ({
  ...input,
  id,
  authorId: 'u1',
  createdAt: NOW.toISOString(),
  updatedAt: NOW.toISOString(),
});
const answers = { mood: 6, anxiety: 4, stress: 5, cravings: 1, sleepHours: 7.5, copingSkills: ['Grounding'] };

function settings(refCollection: string, refId: string, createdAt: string, data: Record<string, unknown>): ClinicRecord {
  return { id: createdAt, kind: 'settings', status: 'open', refCollection, refId, data, reason: '', authorId: 'u1', createdAt, updatedAt: createdAt };
}

describe('check-in drafts', () => {
  it('reads a complete draft', () => {
    const d = {
      ...emptyDraft('2026-11-09'),
      mood: 6,
      anxiety: 4,
      stress: 5,
      cravings: 1,
      sleepHours: 7.5,
      copingSkills: ['Grounding', 'grounding'],
      journal: '  ok ',
    };
    expect(readDraft(d, '2026-11-10')).toEqual({ ok: true, value: { day: '2026-11-09', answers, journal: 'ok' } });
  });

  it('names every field to fix', () => {
    const d = { ...emptyDraft('2026-11-11'), mood: 11, anxiety: '', stress: 2.5, cravings: 0, sleepHours: 30 };
    expect(readDraft(d, '2026-11-10')).toEqual({
      ok: false,
      errors: {
        day: 'Day: choose today or an earlier day.',
        mood: 'Mood 11 is not a whole number from 0 to 10.',
        anxiety: 'Anxiety is empty: enter a whole number from 0 to 10.',
        stress: 'Stress 2.5 is not a whole number from 0 to 10.',
        sleepHours: 'Sleep 30 is not a number of hours from 0 to 24 (tenths allowed).',
      },
    });
  });
});

describe('check-in records', () => {
  it('round-trips through a response and skips what is not a valid check-in', () => {
    const good = stored(checkInResponse({ clientId: 'c1', day: '2026-11-08', answers, journal: 'Calm' }, NOW), 'r1');
    const broken = stored({ ...good, answers: { mood: 'high' } }, 'r2');
    const measure = stored({ ...good, kind: 'measure', instrumentId: 'PHQ-9' }, 'r3');
    expect(good).toMatchObject({
      kind: 'check-in',
      instrumentId: 'waypoint-check-in',
      instrumentVersion: '1.0.0',
      respondent: 'client',
      score: null,
      comment: 'Calm',
    });
    expect(toCheckIns([broken, measure, good], dayOf)).toEqual([
      { id: 'r1', clientId: 'c1', day: '2026-11-08', completedAt: good.completedAt, answers, journal: 'Calm', authorId: 'u1' },
    ]);
  });

  it('keeps the newest clinic skills list and adds it after the built-in three', () => {
    const records = [
      settings('measures', 'coping-skills', '2026-11-01T00:00:00Z', { skills: ['Walking'] }),
      settings('measures', 'coping-skills', '2026-11-02T00:00:00Z', { skills: ['Opposite action', ' Mindfulness ', 'Opposite action'] }),
      settings('instruments', 'licensed-text', '2026-11-03T00:00:00Z', { skills: ['not skills'] }),
    ];
    expect(clinicSkillsOf(records)).toEqual(['Opposite action', 'Mindfulness']);
    expect(allSkills(clinicSkillsOf(records))).toEqual(['Mindfulness', 'Grounding', 'Cognitive reframing', 'Opposite action']);
  });

  it('shows check-ins of the range and summarises them', () => {
    const c = (day: string, mood: number): CheckIn => ({
      id: day,
      clientId: 'c1',
      day,
      completedAt: `${day}T12:00:00Z`,
      answers: { ...answers, mood },
      journal: '',
      authorId: 'u1',
    });
    const all = [c('2026-10-01', 2), c('2026-10-14', 4), c('2026-11-09', 7)];
    expect(checkInsInRange(all, '4w', '2026-11-10').map((x) => x.day)).toEqual(['2026-10-14', '2026-11-09']);
    expect(checkInsInRange(all, 'all', '2026-11-10')).toHaveLength(3);
    expect(checkInSummary(all)).toBe('Check-ins, 3 in range: mood 2 → 7, anxiety 4 → 4, stress 5 → 5, cravings 1 → 1, sleep 7.5 → 7.5 h.');
  });
});

describe('family feedback records', () => {
  it('stores the total and respondent, and reads back valid forms only', () => {
    const fAnswers = {
      relation: 'Sibling' as const,
      communication: 2,
      conflict: 3,
      household: 4,
      moodAtHome: 5,
      comments: { communication: 'quiet', conflict: '', household: '', moodAtHome: '' },
    };
    const r = stored(familyFeedbackResponse({ clientId: 'c1', sessionId: 's1', day: '2026-11-09', answers: fAnswers, concerns: 'Sleep' }, NOW), 'f1');
    expect(r).toMatchObject({ kind: 'family-feedback', respondent: 'family', score: 14, sessionId: 's1', comment: 'Sleep' });
    const bad = stored({ ...r, answers: { ...fAnswers, conflict: 9 } }, 'f2');
    expect(toFamilyFeedback([r, bad], dayOf).map((f) => [f.id, f.total, f.answers.relation])).toEqual([['f1', 14, 'Sibling']]);
  });
});

describe('licensed text records', () => {
  const who5 = (text: string) => ({
    id: 'WHO-5',
    licence: 'letter',
    items: Array.from({ length: 5 }, (_, i) => ({
      id: `who5_${String(i + 1)}`,
      text: `${text} ${String(i + 1)}`,
      options: [5, 4, 3, 2, 1, 0].map((value) => ({ value, label: `L${String(value)}` })),
    })),
  });

  it('uses the newest valid import per instrument and makes it administrable', () => {
    const records = [
      settings('instruments', 'licensed-text', '2026-11-01T00:00:00Z', { fileName: 'a.json', instruments: [who5('Old')] }),
      settings('instruments', 'licensed-text', '2026-11-02T00:00:00Z', { fileName: 'b.json', instruments: [who5('New')] }),
      settings('instruments', 'licensed-text', '2026-11-03T00:00:00Z', { fileName: 'c.json', instruments: [{ ...who5('Broken'), items: [] }] }),
    ];
    const licensed = licensedTextsOf(records);
    expect(licensed.get('WHO-5')).toMatchObject({ fileName: 'b.json', recordId: '2026-11-02T00:00:00Z' });
    const who5Def = administrableWith(licensed).find((d) => d.id === 'WHO-5');
    expect(who5Def?.items[0]?.text).toBe('New 1');
    expect(administrableWith(new Map()).some((d) => d.id === 'WHO-5')).toBe(false);
  });

  it('makes ORS administrable once its four line texts are imported (answered as numbers, no options)', () => {
    const ors = {
      id: 'ORS',
      licence: 'group licence',
      items: ['individual', 'interpersonal', 'social', 'overall'].map((d) => ({ id: `ors_${d}`, text: `How are you doing: ${d}` })),
    };
    const licensed = licensedTextsOf([settings('instruments', 'licensed-text', '2026-11-01T00:00:00Z', { fileName: 'ors.json', instruments: [ors] })]);
    expect(
      administrableWith(licensed)
        .find((d) => d.id === 'ORS')
        ?.items.map((i) => i.text),
    ).toEqual(ors.items.map((i) => i.text));
  });
});

describe('second check-ins on one day', () => {
  const input = (clientId: string, day: string) => ({ clientId, day, answers, journal: '' });
  const saved = [
    { clientId: 'a', day: '2026-11-09' },
    { clientId: 'b', day: '2026-11-08' },
  ];

  it('finds only the clients who already have a check-in that day', () => {
    const inputs = [input('a', '2026-11-09'), input('b', '2026-11-09'), input('c', '2026-11-09')];
    expect(secondCheckIns(inputs, saved)).toEqual([input('a', '2026-11-09')]);
  });

  it('finds none for a first check-in, or another client’s day', () => {
    expect(secondCheckIns([input('a', '2026-11-10'), input('c', '2026-11-08')], saved)).toEqual([]);
  });
});
