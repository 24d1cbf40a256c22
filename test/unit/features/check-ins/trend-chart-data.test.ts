import { describe, expect, it } from 'vitest';
import { checkInChartData } from '../../../../renderer/features/check-ins/checkin-trend-data';
import { familyChartData } from '../../../../renderer/features/family-feedback/family-trend-data';
import type { CheckIn } from '../../../../renderer/features/check-ins/checkin-records';
import type { FamilyFeedback } from '../../../../renderer/features/family-feedback/family-records';

const checkIn = (day: string, sleepHours: number): CheckIn => ({
  id: day,
  clientId: 'c1',
  day,
  completedAt: `${day}T12:00:00Z`,
  journal: '',
  authorId: 'u1',
  answers: { mood: 5, anxiety: 5, stress: 5, cravings: 0, sleepHours, copingSkills: [] },
});

describe('check-in chart', () => {
  it('charts sleep on its own hours axis beside the 0–10 scales', () => {
    const data = checkInChartData([checkIn('2026-11-01', 6.5), checkIn('2026-11-02', 8)], (d) => d);
    const sleep = data.datasets.find((d) => d.label === 'Sleep (hours)');
    expect(sleep?.data).toEqual([6.5, 8]);
    expect(sleep).toMatchObject({ yAxisID: 'sleep' });
    expect(data.datasets.filter((d) => d.yAxisID === 'y').map((d) => d.label)).toEqual(['Mood', 'Anxiety', 'Stress', 'Cravings']);
  });
});

describe('family feedback chart', () => {
  const form = (day: string, rating: number): FamilyFeedback => ({
    id: day,
    clientId: 'c1',
    day,
    completedAt: `${day}T12:00:00Z`,
    sessionId: '',
    total: rating * 4,
    concerns: '',
    authorId: 'u1',
    answers: {
      relation: 'Parent',
      communication: rating,
      conflict: rating,
      household: rating,
      moodAtHome: rating,
      comments: { communication: '', conflict: '', household: '', moodAtHome: '' },
    },
  });

  it('keeps four equal ratings distinguishable and adds the total on its own axis', () => {
    const data = familyChartData([form('2026-11-01', 3), form('2026-11-08', 4)], (d) => d);
    const items = data.datasets.filter((d) => d.yAxisID === 'y');
    expect(new Set(items.map((d) => d.pointRadius)).size).toBe(4);
    expect(data.datasets.find((d) => d.label === 'Total (4–20)')).toMatchObject({ data: [12, 16], yAxisID: 'total' });
  });
});
