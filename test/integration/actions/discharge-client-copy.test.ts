import { describe, expect, it, vi } from 'vitest';
import { findDischargeSummaries } from '../../../renderer/db';
import {
  dischargeSummaryDocument,
  exportAftercareClientCopy,
  signDischargeSummaryAction,
  startDischargeSummary,
} from '../../../renderer/features/discharge/discharge-actions';
import type { SaveDocument } from '../../../renderer/features/reports';
import { saveClinicContact } from '../../../renderer/features/settings/clinic-contact-actions';
import { NATIONAL_CRISIS_LINE, aftercareCopyGiven, clientCopyCrisisLines, clinicContactOf, documentText, type ReportDocument } from '../../../shared/reports';
import { auditTrail } from './actor';
import { complete, dischargedZoe } from './discharge-fixtures';

describe('the aftercare plan client copy (§7.4)', () => {
  it('prints from the signed summary in plain words with the clinic’s lines first; saved and audited once; a cancelled save audits nothing; a draft is refused', async () => {
    const { ctx, db, client } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    const copy = { clinicName: 'Harbor Light', clinicPhone: '', crisisLines: clientCopyCrisisLines({ crisisLine: '555 0199' }) };
    await expect(exportAftercareClientCopy(ctx, draft.id, copy, vi.fn<SaveDocument>(), '2026-12-04')).rejects.toMatchObject({
      errors: { client: 'The client copy of the aftercare plan is printed from the signed discharge summary.' },
    });
    await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    const before = (await auditTrail(db)).length;
    await expect(
      exportAftercareClientCopy(
        ctx,
        draft.id,
        copy,
        vi.fn<SaveDocument>(() => Promise.resolve({ status: 'cancelled' })),
        '2026-12-04',
      ),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(await auditTrail(db)).toHaveLength(before);
    const docs: ReportDocument[] = [];
    const save = vi.fn<SaveDocument>((doc) => {
      docs.push(doc);
      return Promise.resolve({ status: 'saved', path: '/home/u/ac.pdf' });
    });
    await exportAftercareClientCopy(ctx, draft.id, copy, save, '2026-12-04');
    expect(save).toHaveBeenCalledWith(expect.anything(), 'aftercare-plan-client-copy-2026-12-01-2026-12-04.pdf');
    const doc = docs[0];
    if (!doc) throw new Error('no document');
    expect(doc.title).toBe('Zoë’s aftercare plan');
    expect(doc.headerLines[0]).toBe('Harbor Light · ask the clinic for its phone number');
    expect(doc.notice[0]).toBe('Clinic crisis line: 555 0199');
    const text = documentText(doc);
    expect(text).toContain('With: Dr Rowan Pike, phone 555 0100');
    expect(text).toContain('Your first appointment: 8 December 2026 at 10:30');
    expect(text).toContain('Call the clinic or 988.');
    expect(text).not.toMatch(/Low risk|PHQ-9|Sent to the next provider/);
    const exports = (await auditTrail(db)).filter((e) => e.action === 'export');
    expect(exports.map((e) => e.detail)).toEqual([
      `Aftercare plan client copy for the discharge of 2026-12-01 (${draft.id}); opt-ins: none; client copy provided on 2026-12-04; saved as /home/u/ac.pdf`,
    ]);
  });

  it('a saved copy is recorded as given on the day by who saved it, as plan copies are; a cancelled save records nothing; the signed summary is unchanged', async () => {
    const { ctx, db, client, tick } = await dischargedZoe();
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    const signed = await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    const copy = { clinicName: 'Harbor Light', clinicPhone: '', crisisLines: [] };
    const cancelled = vi.fn<SaveDocument>(() => Promise.resolve({ status: 'cancelled' }));
    await exportAftercareClientCopy(ctx, draft.id, copy, cancelled, '2026-12-04');
    expect(aftercareCopyGiven((await findDischargeSummaries(db, client.id)).clientCopies, draft.id)).toBeNull();

    const saved = vi.fn<SaveDocument>(() => Promise.resolve({ status: 'saved', path: '/home/u/ac.pdf' }));
    await exportAftercareClientCopy(ctx, draft.id, copy, saved, '2026-12-04');
    tick();
    const supervisor = { ...ctx, actor: { id: 'staff-supervisor', role: 'supervisor' as const } };
    await exportAftercareClientCopy(supervisor, draft.id, copy, saved, '2026-12-05');
    const after = await findDischargeSummaries(db, client.id);
    expect(after.clientCopies.map((c) => [c.givenOn, c.givenBy])).toEqual([
      ['2026-12-04', 'staff-therapist'],
      ['2026-12-05', 'staff-supervisor'],
    ]);
    expect(aftercareCopyGiven(after.clientCopies, draft.id)).toMatchObject({ givenOn: '2026-12-05', givenBy: 'staff-supervisor' });
    expect(after.summaries).toEqual([signed]);
    expect(after.addenda).toEqual([]);
  });
});

describe('the discharge summary’s crisis contacts (§7.3)', () => {
  it('list the clinic’s phone and crisis line from Settings, as the client copies print them, in the draft and frozen at signing', async () => {
    const { ctx, client, tick } = await dischargedZoe();
    const admin = { ...ctx, actor: { id: 'staff-admin', role: 'admin' as const } };
    await saveClinicContact(admin, { phone: '555 0100', crisisLine: '555 0199' }, clinicContactOf([]));
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    const contacts = (text: string) => text.slice(text.indexOf('Crisis contacts'));
    const drafted = contacts(documentText(await dischargeSummaryDocument(ctx, draft.id, 'Harbor Light')));
    expect(drafted).toContain('Clinic crisis line: 555 0199');
    expect(drafted).toContain('Clinic phone: 555 0100');
    expect(drafted).toContain(NATIONAL_CRISIS_LINE);
    tick();
    await signDischargeSummaryAction(ctx, draft.id, complete(draft.content), 'Harbor Light');
    // Changed in Settings after signing: the signed summary keeps what it was signed with.
    await saveClinicContact(admin, { phone: '555 0111', crisisLine: '' }, clinicContactOf([]));
    const signed = contacts(documentText(await dischargeSummaryDocument(ctx, draft.id, 'Harbor Light')));
    expect(signed).toContain('Clinic crisis line: 555 0199');
    expect(signed).not.toContain('555 0111');
  });
});
