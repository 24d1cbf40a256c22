import { describe, expect, it, vi } from 'vitest';
import { PlanLockedError, insertStaff, findDischargeSummaries } from '../../../renderer/db';
import {
  DischargeSummaryError,
  addDischargeAddendum,
  cosignDischargeSummary,
  dischargeSummaryDocument,
  exportDischargeSummary,
  saveDischargeSummary,
  signDischargeSummaryAction,
  startDischargeSummary,
} from '../../../renderer/features/discharge/discharge-actions';
import type { SaveDocument } from '../../../renderer/features/reports';
import { documentText, type ReportDocument } from '../../../shared/reports';
import { auditTrail } from './actor';
import { complete, dischargedZoe } from './discharge-fixtures';

describe('discharge summary actions on real storage', () => {
  it('starts prefilled after discharge, validates by field path, signs with the facts frozen, then refuses any change; addenda are their own records', async () => {
    const { ctx, db, client, tick } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    expect(draft).toMatchObject({ id: `ds-${client.id}-2026-12-01`, status: 'draft', dischargeDate: '2026-12-01', dueOn: '2026-12-16' });
    expect(draft.content.narrative).toMatchObject({ dischargeType: 'completed', reason: 'Completed program. Met her goals' });
    expect(draft.content.aftercare.followUps).toEqual(['2026-12-08', '2026-12-31']);
    await expect(startDischargeSummary(ctx, client.id, 'Harbor Light')).resolves.toMatchObject({ id: draft.id, createdAt: draft.createdAt });

    tick();
    const incomplete = signDischargeSummaryAction(ctx, draft.id, draft.content, 'Harbor Light');
    await expect(incomplete).rejects.toBeInstanceOf(DischargeSummaryError);
    await expect(incomplete).rejects.toMatchObject({
      errors: {
        'narrative.courseOfTreatment': 'Summarise the course of treatment.',
        'aftercare.ifSymptomsRecur': 'Say what the client should do if symptoms recur.',
      },
    });
    await saveDischargeSummary(ctx, draft.id, { ...draft.content, narrative: { ...draft.content.narrative, skillsDeveloped: 'Opposite action' } });
    tick();
    const signed = await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    expect(signed.status).toBe('signed');
    expect(signed.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(signed.facts?.measures.map((m) => m.total)).toEqual([18, 5]);
    expect(signed.facts?.episodes).toEqual([{ level: 'IOP', from: '2026-11-01', to: '2026-12-01', endType: 'discharge' }]);

    await expect(saveDischargeSummary(ctx, draft.id, draft.content)).rejects.toBeInstanceOf(PlanLockedError);
    const stored = await db.careplans.findOne(draft.id).exec();
    await expect(stored?.incrementalPatch({ reviewDueOn: '2027-01-01' })).rejects.toBeInstanceOf(PlanLockedError);
    await expect(stored?.incrementalRemove()).rejects.toBeInstanceOf(PlanLockedError);

    tick();
    await addDischargeAddendum(ctx, draft.id, 'Follow-up call made on 8 December.');
    const { summaries, addenda } = await findDischargeSummaries(db, client.id);
    expect(summaries.map((s) => s.status)).toEqual(['signed']);
    expect(addenda.map((a) => a.text)).toEqual(['Follow-up call made on 8 December.']);
    const text = documentText(await dischargeSummaryDocument(ctx, draft.id, 'Harbor Light'));
    expect(text).toMatch(/baseline 18 .*latest 5, change −13, Reliably improved/);
    expect(text).toContain('Dr Rowan Pike');
    expect(text).toContain('Addendum by');
    expect((await auditTrail(db)).filter((e) => e.detail.includes('ischarge summary')).map((e) => e.action)).toEqual(['create', 'edit', 'sign', 'sign']);
  });

  it('refuses a summary before discharge', async () => {
    const { ctx, client } = await dischargedZoe(false);
    await expect(startDischargeSummary(ctx, client.id, 'H')).rejects.toMatchObject({
      errors: { client: 'A discharge summary is written after the client is discharged.' },
    });
  });

  it('only the discharging clinician, a supervisor or an admin may start or sign it; another therapist is refused and nothing is written', async () => {
    const { ctx, db, client } = await dischargedZoe();
    const other = { db, actor: { id: 'staff-other', role: 'therapist' as const }, now: () => new Date('2026-12-04T10:00:00Z') };
    const refused = { errors: { client: 'Only the discharging clinician, a supervisor or an admin can write or sign this discharge summary.' } };
    await expect(startDischargeSummary(other, client.id, 'H')).rejects.toMatchObject(refused);
    expect((await findDischargeSummaries(db, client.id)).summaries).toEqual([]);
    const draft = await startDischargeSummary(ctx, client.id, 'H');
    await expect(signDischargeSummaryAction(other, draft.id, complete(draft.content), 'H')).rejects.toMatchObject(refused);
    expect((await findDischargeSummaries(db, client.id)).summaries.map((x) => x.status)).toEqual(['draft']);
    const supervisor = { db, actor: { id: 'staff-supervisor', role: 'supervisor' as const }, now: () => new Date('2026-12-04T11:00:00Z') };
    await expect(signDischargeSummaryAction(supervisor, draft.id, complete(draft.content), 'H')).resolves.toMatchObject({ status: 'signed' });
  });

  it('exports the PDF through the host and audits it once; a cancelled save audits nothing; another therapist is refused', async () => {
    const { ctx, db, client } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    const docs: ReportDocument[] = [];
    const save = vi.fn<SaveDocument>((doc) => {
      docs.push(doc);
      return Promise.resolve({ status: 'saved', path: '/home/u/ds.pdf' });
    });
    await expect(
      exportDischargeSummary(
        ctx,
        draft.id,
        'Harbor Light',
        vi.fn<SaveDocument>(() => Promise.resolve({ status: 'cancelled' })),
      ),
    ).resolves.toEqual({ status: 'cancelled' });
    await expect(exportDischargeSummary(ctx, draft.id, 'Harbor Light', save)).resolves.toEqual({ status: 'saved', path: '/home/u/ds.pdf' });
    expect(save).toHaveBeenCalledWith(expect.anything(), 'discharge-summary-2026-12-01-2026-12-04.pdf');
    expect(docs[0]?.title).toBe('Discharge summary');
    const other = { db, actor: { id: 'staff-other', role: 'therapist' as const }, now: () => new Date('2026-12-04T10:00:00Z') };
    await expect(exportDischargeSummary(other, draft.id, 'Harbor Light', save)).rejects.toThrow(/own caseload/);
    const exports = (await auditTrail(db)).filter((e) => e.action === 'export');
    expect(exports).toEqual([
      expect.objectContaining({
        entityId: client.id,
        detail: 'Discharge summary (signed) for the discharge of 2026-12-01; opt-ins: none; saved as /home/u/ds.pdf',
      }),
    ]);
  });

  it('item-level answers reach the PDF only when this export opts in, and the audit says so', async () => {
    const { ctx, db, client } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    const docs: ReportDocument[] = [];
    const save = vi.fn<SaveDocument>((doc) => {
      docs.push(doc);
      return Promise.resolve({ status: 'saved', path: '/x.pdf' });
    });
    await exportDischargeSummary(ctx, draft.id, 'Harbor Light', save);
    await exportDischargeSummary(ctx, draft.id, 'Harbor Light', save, ['item_answers']);
    const [plain, opted] = docs.map(documentText);
    expect(plain).not.toContain('PHQ-9 items,');
    expect(opted).toContain('PHQ-9 items, 28 November 2026');
    expect((await auditTrail(db)).filter((e) => e.action === 'export').map((e) => e.detail.split('; ')[1])).toEqual(['opt-ins: none', 'opt-ins: item_answers']);
  });
});

describe('discharge summary co-sign (like plans and reviews)', () => {
  it('a supervised clinician’s signed summary awaits a supervisor’s co-sign; the author and another therapist are refused; co-signed once, audited, printed', async () => {
    const { ctx, db, client } = await dischargedZoe();
    await insertStaff(
      db,
      { name: 'Terry Therapist', role: 'therapist', credentials: 'AMFT', supervised: true },
      { authorId: 'staff-admin', now: ctx.now(), id: 'staff-therapist' },
    );
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    const signed = await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    expect(signed.signature?.cosignRequired).toBe(true);
    expect(documentText(await dischargeSummaryDocument(ctx, draft.id, 'Harbor Light'))).toContain('Awaiting a supervisor’s co-sign.');
    await expect(cosignDischargeSummary(ctx, draft.id)).rejects.toMatchObject({
      errors: { cosign: 'Only a supervisor or an admin can co-sign a discharge summary.' },
    });
    const supervisor = { db, actor: { id: 'staff-supervisor', role: 'supervisor' as const }, now: () => new Date('2026-12-05T09:00:00Z') };
    await insertStaff(
      db,
      { name: 'Sam Supervisor', role: 'supervisor', credentials: 'LCSW', supervised: false },
      { authorId: 'staff-admin', now: ctx.now(), id: 'staff-supervisor' },
    );
    await expect(cosignDischargeSummary(supervisor, draft.id)).resolves.toMatchObject({ id: `${draft.id}-cosign`, signerName: 'Sam Supervisor' });
    await expect(cosignDischargeSummary(supervisor, draft.id)).rejects.toMatchObject({ errors: { cosign: 'This discharge summary is already co-signed.' } });
    const text = documentText(await dischargeSummaryDocument(ctx, draft.id, 'Harbor Light'));
    expect(text).toContain('Co-signed by Sam Supervisor, LCSW, 5 December 2026.');
    expect(text).not.toContain('Awaiting');
    const trail = (await auditTrail(db)).filter((e) => e.detail.includes('ischarge summary'));
    expect(trail.map((e) => [e.action, e.actorId])).toEqual([
      ['create', 'staff-therapist'],
      ['sign', 'staff-therapist'],
      ['cosign', 'staff-supervisor'],
    ]);
    expect(trail[1]?.detail).toMatch(/awaits a supervisor’s co-sign$/);
  });

  it('an unsupervised clinician’s summary needs no co-sign, and one is refused', async () => {
    const { ctx, db, client } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'H');
    const signed = await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'H');
    expect(signed.signature?.cosignRequired).toBeUndefined();
    const admin = { db, actor: { id: 'staff-admin', role: 'admin' as const }, now: () => new Date('2026-12-05T09:00:00Z') };
    await expect(cosignDischargeSummary(admin, draft.id)).rejects.toMatchObject({ errors: { cosign: 'This discharge summary does not need a co-sign.' } });
    expect((await findDischargeSummaries(db, client.id)).cosigns).toEqual([]);
  });
});
