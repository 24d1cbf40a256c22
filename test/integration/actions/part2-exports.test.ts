import { describe, expect, it, vi } from 'vitest';
import { createClientRecord, updateClientRecord } from '../../../renderer/features/clients/client-actions';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import { exportCsv, type CsvExport } from '../../../renderer/features/reports/csv-actions';
import { exportDischargeSummary, startDischargeSummary } from '../../../renderer/features/discharge/discharge-actions';
import { recordDischarge, recordLevelOfCareChange } from '../../../renderer/features/episodes/episode-actions';
import { exportClientRecord } from '../../../renderer/features/reports/record-export-actions';
import { ExportRefusedError, exportProgressReport } from '../../../renderer/features/reports/report-actions';
import { savePart2Notice } from '../../../renderer/features/settings/part2-notice-actions';
import type { SaveFileResult } from '../../../shared/host';
import { DEFAULT_LEVELS_OF_CARE as LEVELS } from '../../../shared/progress/episodes';
import { getInstrument } from '../../../shared/instruments';
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

  it('a per-client CSV of a Part 2 client is refused without the opt-in (nothing saved or audited); with it, saved and audited with the opt-in', async () => {
    const { ctx, db, client } = await part2Client('Substance use');
    await phq9(ctx, client.id);
    const { save, files } = csvSaver();
    const csv = (data: CsvExport['data'], optIns: readonly string[]) =>
      exportCsv(ctx, { scope: { kind: 'client', clientId: client.id }, data, identified: false, optIns, salt: 's' }, save);
    await expect(csv('measures', [])).rejects.toThrow(REFUSAL);
    await expect(csv('behaviours', [])).rejects.toThrow(ExportRefusedError);
    expect(save).not.toHaveBeenCalled();
    expect(await exportsIn(db)).toEqual([]);

    await csv('measures', ['part2']);
    expect(files[0]).toContain(`${client.id},PHQ-9,`);
    expect(await exportsIn(db)).toEqual(['Measures CSV (client, identified); saved as /c.csv; opt-ins: part2']);
  });

  it('a caseload CSV leaves Part 2 clients out without the opt-in and says how many; with it, they are in and the audit names the opt-in', async () => {
    const { ctx, db, client: sud } = await part2Client('Substance use');
    const adult = await createClientRecord(ctx, clientInput({ firstName: 'Ada', lastName: 'Adult' }));
    const marked = await createClientRecord(ctx, clientInput({ firstName: 'Mo', lastName: 'Marked', part2: true }));
    for (const c of [sud, adult, marked]) await phq9(ctx, c.id);
    const { save, files } = csvSaver();
    const caseload = (optIns: readonly string[]) =>
      exportCsv(ctx, { scope: { kind: 'caseload' }, data: 'measures', identified: true, optIns, salt: 's' }, save);

    await expect(caseload([])).resolves.toMatchObject({ status: 'saved', part2LeftOut: 2 });
    const rowsOf = (text = '') =>
      text
        .split('\r\n')
        .slice(1)
        .filter((r) => r !== '');
    expect(rowsOf(files[0]).map((r) => r.split(',')[0])).toEqual([adult.id]);

    await expect(caseload(['part2'])).resolves.toMatchObject({ status: 'saved', part2LeftOut: 0 });
    expect(new Set(rowsOf(files[1]).map((r) => r.split(',')[0]))).toEqual(new Set([sud.id, adult.id, marked.id]));
    expect(await exportsIn(db)).toEqual([
      'Measures CSV (caseload, identified); saved as /c.csv; 1 client; opt-ins: none; 2 Part 2 clients left out (no Part 2 opt-in)',
      'Measures CSV (caseload, identified); saved as /c.csv; 3 clients; opt-ins: part2',
    ]);
  });

  it('the explicit mark decides over the program’s track: a substance-use client marked not Part 2 exports without the opt-in; the change is audited', async () => {
    const { ctx, db, client } = await part2Client('Substance use');
    const { save } = savingTo('/home/u/report.pdf');
    await expect(exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: [] }, save)).rejects.toThrow(REFUSAL);
    await updateClientRecord(ctx, client, clientInput({ firstName: 'Zoë', lastName: 'Ångström', program: 'Substance use', part2: false }));
    await exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: [] }, save);
    expect((await auditTrail(db)).filter((e) => e.action === 'edit').map((e) => e.detail)).toEqual(['Changed part2']);
    expect(await exportsIn(db)).toHaveLength(1);
  });
});

async function phq9(ctx: Awaited<ReturnType<typeof actorOn>>['ctx'], clientId: string) {
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing');
  await administerMeasure(ctx, clientId, { def, answers: [1, 1, 1, 1, 1, 1, 0, 0, 0], respondent: 'client', administeredOn: '2026-11-20', correction: null });
}

function csvSaver() {
  const files: string[] = [];
  const save = vi.fn((content: string) => {
    files.push(content);
    return Promise.resolve({ status: 'saved', path: '/c.csv' } satisfies SaveFileResult);
  });
  return { save, files };
}
