import { describe, expect, it } from 'vitest';
import { diffVersions } from '../../../../shared/progress/plans/plan-diff';
import { canonicalPlanContent, planContentHash, verifyPlanHash } from '../../../../shared/progress/plans/plan-hash';
import { signatureRefusal, statusAfterSignatures } from '../../../../shared/progress/plans/signatures';
import type { Signature, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { newVersionFrom, revisionRefusal, supersede, versionHistory } from '../../../../shared/progress/plans/versioning';
import { phqObjective, planVersion } from './plan-fixture';

const sig = (role: Signature['role'], contentHash: string, over: Partial<Signature> = {}): Signature => ({
  role,
  signerId: 's1',
  signerName: 'Dana Reyes',
  signedAt: '2026-12-01T10:00:00Z',
  method: 'in_app',
  attestation: 'I reviewed this plan.',
  contentHash,
  ...over,
});

async function signedActive(): Promise<TreatmentPlanVersion> {
  const v = planVersion();
  const contentHash = await planContentHash(v);
  return { ...v, status: 'active', contentHash, signatures: [sig('author', contentHash)] };
}

describe('content hash', () => {
  it('ignores key order, status and signatures, and changes with any content', async () => {
    const v = planVersion();
    const h = await planContentHash(v);
    expect(h).toMatch(/^[0-9a-f]{64}$/);
    expect(await planContentHash({ ...v, status: 'superseded', signatures: [sig('author', h)], contentHash: h })).toBe(h);
    expect(await planContentHash({ ...v, clientStatement: 'I want to sleep.' })).not.toBe(h);
    const reordered = Object.fromEntries(Object.entries(v).reverse()) as unknown as TreatmentPlanVersion;
    expect(canonicalPlanContent(reordered)).toBe(canonicalPlanContent(v));
  });

  it('verifies a signed version and catches a changed one', async () => {
    const v = await signedActive();
    expect(await verifyPlanHash(v)).toBe(true);
    expect(await verifyPlanHash({ ...v, strengths: ['Tampered'] })).toBe(false);
    expect(await verifyPlanHash(planVersion())).toBe(false);
  });
});

describe('new version from a previous one', () => {
  it('copies content with every id carried forward, as an unsigned draft', async () => {
    const v1 = await signedActive();
    const v2 = newVersionFrom(v1, { versionId: 'v2', effectiveFrom: '2026-12-31', basedOnReviewId: 'r1' });
    expect(v2).toMatchObject({
      versionId: 'v2',
      planId: 'p1',
      version: 2,
      previousVersionId: 'v1',
      status: 'draft',
      signatures: [],
      contentHash: '',
      changeSummary: '',
      basedOnReviewId: 'r1',
      reviewDueOn: '2027-01-30',
    });
    expect(v2.problems).toEqual(v1.problems);
    expect(v2.problems[0]?.goals[0]?.objectives[0]?.objectiveId).toBe('o1');
    expect(supersede(v1)).toEqual({ ...v1, status: 'superseded' });
  });

  it.each([
    ['the active version with nothing open', [], 'active', null],
    [
      'an unsigned revision left open',
      [{ versionId: 'v2', version: 2, status: 'draft' }],
      'active',
      'Version 2 is still unsigned: finish or discard it before starting another revision.',
    ],
    [
      'a revision awaiting signatures',
      [{ versionId: 'v2', version: 2, status: 'awaiting_signatures' }],
      'active',
      'Version 2 is still unsigned: finish or discard it before starting another revision.',
    ],
    ['a superseded version', [], 'superseded', 'Only the active version can be revised.'],
  ] as const)('revising %s', async (_name, others, status, refusal) => {
    const v1 = { ...(await signedActive()), status };
    const versions = [v1, ...others.map((o) => ({ ...planVersion(), ...o }))];
    expect(revisionRefusal(versions, v1)).toBe(refusal);
  });

  it('lists versions newest first', () => {
    const list = [planVersion(), planVersion({ versionId: 'v3', version: 3 }), planVersion({ versionId: 'v2', version: 2 }), planVersion({ planId: 'other' })];
    expect(versionHistory(list, 'p1').map((v) => v.versionId)).toEqual(['v3', 'v2', 'v1']);
  });
});

describe('signatures', () => {
  it.each([
    ['author signs the shown content', 'author', 'same', [], null],
    ['content changed since shown', 'author', 'other', [], 'The plan changed since it was shown for signing; review it again before signing.'],
    ['supervisor before author', 'supervisor', 'same', [], 'The author signs first.'],
    ['author twice', 'author', 'same', ['author'], 'The author has already signed this version.'],
    ['supervisor after author', 'supervisor', 'same', ['author'], null],
  ] as const)('%s', async (_name, role, which, already, refusal) => {
    const v = planVersion();
    const h = await planContentHash(v);
    const frozen = { ...v, status: 'awaiting_signatures' as const, contentHash: h, signatures: already.map((r) => sig(r, h)) };
    expect(signatureRefusal(frozen, sig(role, which === 'same' ? h : 'x'.repeat(64)))).toBe(refusal);
  });

  it.each([
    ['no signature', [], false, 'draft'],
    ['author only, no co-sign needed', ['author'], false, 'active'],
    ['author only, co-sign needed', ['author'], true, 'awaiting_signatures'],
    ['author and supervisor', ['author', 'supervisor'], true, 'active'],
  ] as const)('%s → %s', (_name, roles, cosign, status) => {
    const v = planVersion({ signatures: roles.map((r) => sig(r, 'h')) });
    expect(statusAfterSignatures(v, cosign ? ['author', 'supervisor'] : ['author'])).toBe(status);
  });
});

describe('difference between two versions, section by section', () => {
  it('is empty for the same content', () => {
    expect(diffVersions(planVersion(), planVersion({ versionId: 'v2', version: 2 }))).toEqual([]);
  });

  it('tells two services of the same type apart', () => {
    const one = planVersion();
    const two = planVersion({ services: [...one.services, { type: 'group', minutesPerSession: 60, sessionsPerWeek: 1, durationWeeks: null }] });
    expect(diffVersions(one, two)).toEqual([{ section: 'services', change: 'added', id: 'group#2', label: 'group', fields: [] }]);
  });

  it('lists added, removed and changed items by section', () => {
    const before = planVersion();
    const o2 = phqObjective({
      objectiveId: 'o2',
      statement: 'Panic attacks at most 1 a week',
      measure: { kind: 'target_behaviour', behaviourId: 'panic_attacks', aggregate: 'sum_per_week', comparator: '<=', value: 1, consecutiveWeeks: 2 },
      interventions: [],
    });
    const problem = before.problems[0];
    const goal = problem?.goals[0];
    if (!problem || !goal) throw new Error('fixture');
    const changedObjective = phqObjective({
      measure: { kind: 'instrument', instrumentId: 'PHQ-9', comparator: '<', value: 5, over: 'latest' },
      interventions: [],
    });
    const after = planVersion({
      versionId: 'v2',
      version: 2,
      strengths: ['Supportive sister', 'Humour'],
      services: [{ type: 'group', minutesPerSession: 180, sessionsPerWeek: 4, durationWeeks: 8 }],
      problems: [{ ...problem, goals: [{ ...goal, objectives: [changedObjective, o2] }] }],
    });
    expect(diffVersions(before, after)).toEqual([
      { section: 'strengths', change: 'added', id: 'Humour', label: 'Humour', fields: [] },
      { section: 'services', change: 'changed', id: 'group', label: 'group', fields: ['sessionsPerWeek'] },
      { section: 'objectives', change: 'added', id: 'o2', label: 'Panic attacks at most 1 a week', fields: [] },
      { section: 'targets', change: 'changed', id: 'o1', label: 'PHQ-9 below 10', fields: ['measure'] },
      { section: 'interventions', change: 'removed', id: 'i1', label: 'CBT group', fields: [] },
    ]);
  });
});
