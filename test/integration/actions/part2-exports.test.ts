import { describe, expect, it, vi } from 'vitest';
import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import { exportDischargeSummary, startDischargeSummary } from '../../../renderer/features/discharge/discharge-actions';
import { recordDischarge, recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import { exportClientRecord } from '../../../renderer/features/reports/record-export-actions';
import { ExportRefusedError, exportProgressReport } from '../../../renderer/features/reports/report-actions';
import { savePart2Notice } from '../../../renderer/features/settings/part2-notice-actions';
import type { SaveFileResult } from '../../../shared/host';
import { DEFAULT_LEVELS_OF_CARE as LEVELS } from '../../../shared/progress/episodes';
import { STANDARD_PART2_NOTICE } from '../../../shared/reports';
import { clientInput } from '../../utils/client-input';
import { actorOn, auditTrail } from './actor';
import { savingTo } from '../../utils/save-document';

const OWN = 'Harbor Light: these 42 CFR Part 2 records may not be re-disclosed without the client’s written consent.';
const REFUSAL = /42 CFR Part 2 information: tick the Part 2 box/;
const REPORT = {
  period: { from: '2026-11-05', to: '2026-12-04' },
  version: 'payer',
  medicationsForPayer: false,
  summary: '',
  clinicName: 'Harbor Light',
} as const;

/** A therapist's substance-use (or dual-diagnosis) client, and the clinic's own notice saved by a supervisor. */
async function part2Client(program: string) {
  const env = await actorOn('therapist');
  const client = await createClientRecord(env.ctx, clientInput({ firstName: 'Zoë', lastName: 'Ångström', program }));
  await savePart2Notice({ ...env.ctx, actor: { id: 'staff-supervisor', role: 'supervisor' } }, OWN, STANDARD_PART2_NOTICE);
  return { ...env, client };
}

const exportsIn = async (db: Parameters<typeof auditTrail>[0]) => (await auditTrail(db)).filter((e) => e.action === 'export').map((e) => e.detail);

describe('42 CFR Part 2 exports on real storage (§7.2 item 7): one opt-in rule, the clinic’s notice', () => {
  it('a substance-use client’s progress report is refused without the Part 2 opt-in (nothing saved or audited); with it, it prints the clinic’s notice and the audit names the opt-in', async () => {
    const { ctx, db, client } = await part2Client('Substance use');
    const { save, saved } = savingTo('/home/u/report.pdf');
    await expect(exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: ['item_answers'] }, save)).rejects.toThrow(ExportRefusedError);
    await expect(exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: [] }, save)).rejects.toThrow(REFUSAL);
    expect(save).not.toHaveBeenCalled();
    expect(await exportsIn(db)).toEqual([]);

    await exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: ['part2'] }, save);
    expect(saved[0]?.notice).toEqual([OWN]);
    expect(await exportsIn(db)).toEqual([
      'Progress report (payer version) for 2026-11-05 to 2026-12-04; opt-ins: part2; medications in payer version: false; saved as /home/u/report.pdf',
    ]);
  });

  it('a dual-diagnosis client’s discharge summary follows the same rule and prints the same notice', async () => {
    const { ctx, db, client } = await part2Client('Dual diagnosis');
    await recordLevelOfCareChange(
      ctx,
      client,
      { type: 'admission', occurredOn: '2026-11-01', levelOfCareCode: 'IOP', coding: null, reason: '', note: '' },
      LEVELS,
    );
    await recordDischarge(ctx, client, { dischargeDate: '2026-12-01', dischargeReason: 'Completed program', dischargeNote: '' }, LEVELS);
    const draft = await startDischargeSummary(ctx, client.id, 'Harbor Light');
    const { save, saved } = savingTo('/home/u/ds.pdf');
    await expect(exportDischargeSummary(ctx, draft.id, 'Harbor Light', save, ['item_answers'])).rejects.toThrow(REFUSAL);
    expect(save).not.toHaveBeenCalled();
    expect(await exportsIn(db)).toEqual([]);

    await exportDischargeSummary(ctx, draft.id, 'Harbor Light', save, ['part2', 'item_answers']);
    expect(saved[0]?.notice).toEqual([OWN]);
    expect(await exportsIn(db)).toEqual(['Discharge summary (draft) for the discharge of 2026-12-01; opt-ins: item_answers, part2; saved as /home/u/ds.pdf']);
  });

  it('the client record export prints the clinic’s notice too; a client outside Part 2 needs no opt-in and gets no notice', async () => {
    const { ctx, db, client } = await part2Client('Substance use');
    const { save, saved } = savingTo('/home/u/record.pdf');
    const json = vi.fn(() => Promise.resolve({ status: 'saved', path: '/x.json' } satisfies SaveFileResult));
    await exportClientRecord(ctx, { clientId: client.id, format: 'pdf', optIns: ['part2'], clinicName: 'Harbor Light' }, { pdf: save, json });
    expect(saved[0]?.notice).toEqual([OWN]);

    const adult = await createClientRecord(ctx, clientInput({ firstName: 'Ada', lastName: 'Adult' }));
    await exportProgressReport(ctx, { ...REPORT, clientId: adult.id, optIns: [] }, save);
    expect(saved[1]?.notice).toEqual([]);
    expect(await exportsIn(db)).toHaveLength(2);
  });
});
