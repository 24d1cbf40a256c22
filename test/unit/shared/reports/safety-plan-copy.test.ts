import { describe, expect, it } from 'vitest';
import { NATIONAL_CRISIS_LINE, clientCopyCrisisLines, documentText, safetyPlanClientCopy } from '../../../../shared/reports';
import { completePlan, line } from '../progress/safety-plans/fixture';

const ctx = { clientFirstName: 'Zoë', clinicName: 'Harbor Light IOP', clinicPhone: '555-0100', printedOn: '2026-12-05', crisisLines: [] };

describe('safetyPlanClientCopy', () => {
  it('safety plan: crisis contacts first, then the six steps numbered in order, then reasons for living', () => {
    const doc = safetyPlanClientCopy(completePlan('safety_plan'), ctx);
    expect(doc.title).toBe('Zoë’s safety plan');
    expect(doc.notice.some((l) => l.includes('988'))).toBe(true);
    expect(doc.sections.map((s) => s.heading)).toEqual([
      'Step 1: Signs a crisis may be starting',
      'Step 2: Things I can do on my own',
      'Step 3: People and places that take my mind off things',
      'Step 4: People I can ask for help',
      'Step 5: Professionals and services I can contact',
      'Step 6: Making my space safer',
      'What matters most to me and is worth living for',
    ]);
    expect(documentText(doc)).toContain('My daughter');
  });

  it('relapse-prevention plan: its own sections, the clinic’s crisis line when the plan lists none with a phone', () => {
    const plan = completePlan('relapse_prevention_plan', {});
    const noPhones = { ...plan, sections: { ...plan.sections, crisis: [line('Call my sponsor')] } };
    const doc = safetyPlanClientCopy(noPhones, ctx);
    expect(doc.title).toBe('Zoë’s relapse-prevention plan');
    expect(doc.notice).toEqual(['In a crisis, call or text 988 (Suicide & Crisis Lifeline), or call 911.']);
    expect(doc.sections[0]?.heading).toBe('Early signs that I am slipping');
    expect(doc.sections.at(-1)?.heading).toBe('If I slip');
  });

  it('the clinic’s crisis line (Settings) comes first; 988 is printed once when the plan already lists it', () => {
    const doc = safetyPlanClientCopy(completePlan('safety_plan'), { ...ctx, crisisLines: clientCopyCrisisLines({ crisisLine: '555 0199' }) });
    expect(doc.notice[0]).toBe('Clinic crisis line: 555 0199');
    expect(doc.notice).not.toContain(NATIONAL_CRISIS_LINE);
    expect(doc.notice.filter((l) => l.includes('988'))).toHaveLength(1);
    expect(doc.headerLines[0]).toBe('Harbor Light IOP · phone 555-0100');
  });

  it('holds no signatures, hashes or status: only the client’s own plan', () => {
    const t = documentText(safetyPlanClientCopy(completePlan('safety_plan', { contentHash: 'abc123hash', changeSummary: 'clinician-only change note' }), ctx));
    for (const never of ['abc123hash', 'clinician-only change note', 'draft']) expect(t).not.toContain(never);
  });
});
