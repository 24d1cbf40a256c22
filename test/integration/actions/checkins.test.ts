import { describe, expect, it } from 'vitest';
import { findClinicRecords, findResponsesForClient } from '../../../renderer/db';
import { saveCheckIns, saveClinicSkills } from '../../../renderer/features/check-ins/checkin-actions';
import { saveFamilyFeedback } from '../../../renderer/features/family-feedback/family-actions';
import { actorOn, auditTrail } from './actor';

const ANSWERS = { mood: 6, anxiety: 4, stress: 5, cravings: 0, sleepHours: 7.5, copingSkills: ['Grounding'] };

describe('check-in and family feedback actions on real storage', () => {
  it('saves check-ins one by one, each audited with how it was entered and never the journal', async () => {
    const { ctx, db } = await actorOn('therapist');
    const saved = await saveCheckIns(
      ctx,
      [
        { clientId: 'c1', day: '2026-12-03', answers: ANSWERS, journal: 'a hard evening' },
        { clientId: 'c2', day: '2026-12-03', answers: { ...ANSWERS, mood: 3 }, journal: '' },
      ],
      'check-in round',
    );
    expect(saved.map((c) => [c.clientId, c.day])).toEqual([
      ['c1', '2026-12-03'],
      ['c2', '2026-12-03'],
    ]);
    expect(await findResponsesForClient(db, 'c1')).toHaveLength(1);
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'create', entity: 'response', detail: 'Check-in for 2026-12-03 (check-in round) for client c1' },
      { action: 'create', entity: 'response', detail: 'Check-in for 2026-12-03 (check-in round) for client c2' },
    ]);
    expect(JSON.stringify(trail)).not.toContain('hard evening');
  });

  it('saves the clinic’s coping skills as a settings record, audited', async () => {
    const { ctx, db } = await actorOn('admin');
    await saveClinicSkills(ctx, ['Box breathing', 'Walk outside']);
    expect(await findClinicRecords(db, 'settings')).toHaveLength(1);
    expect((await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'settings', entity: 'vault', detail: 'Clinic coping skills: Box breathing, Walk outside' },
    ]);
  });

  it('saves a family feedback form, audited with the relation and session only', async () => {
    const { ctx, db } = await actorOn('therapist');
    const comments = { communication: 'talks more', conflict: '', household: '', moodAtHome: '' };
    const saved = await saveFamilyFeedback(ctx, {
      clientId: 'c1',
      sessionId: 's1',
      day: '2026-12-03',
      concerns: 'worried about school',
      answers: { relation: 'Parent', communication: 4, conflict: 3, household: 3, moodAtHome: 4, comments },
    });
    expect(saved).toMatchObject({ clientId: 'c1', day: '2026-12-03' });
    const trail = await auditTrail(db);
    expect(trail.map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'create', entity: 'response', detail: 'Family feedback for 2026-12-03 from a parent for client c1 in session s1' },
    ]);
    expect(JSON.stringify(trail)).not.toContain('school');
  });
});
