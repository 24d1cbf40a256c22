import { firstValueFrom } from 'rxjs';
import { describe, expect, it, vi } from 'vitest';
import { getPlanVersion, planRecordOf, watchClientCopiesProvided } from '../../../renderer/db';
import { safetyPlanRecordOf } from '../../../renderer/db/collections/safety-plan-versions';
import type { TreatmentPlanVersion } from '../../../shared/progress/plans/types';
import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import { exportCsv } from '../../../renderer/features/reports/csv-actions';
import { ExportRefusedError, exportPlanClientCopy, exportProgressReport, type SaveDocument } from '../../../renderer/features/reports/report-actions';
import { getInstrument } from '../../../shared/instruments';
import { documentText } from '../../../shared/reports';
import { planVersion } from '../../unit/shared/progress/plan-fixture';
import { completePlan } from '../../unit/shared/progress/safety-plans/fixture';
import { ZOE } from '../../utils/client-input';
import { actorOn, auditTrail } from './actor';
import { savingTo } from '../../utils/save-document';

const REPORT = {
  period: { from: '2026-11-05', to: '2026-12-04' },
  version: 'payer',
  optIns: [],
  medicationsForPayer: false,
  summary: '',
  clinicName: 'Harbor Light',
} as const;

async function clinicWithZoe() {
  const env = await actorOn('therapist');
  const client = await createClientRecord(env.ctx, ZOE);
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing');
  await administerMeasure(env.ctx, client.id, {
    def,
    answers: [3, 3, 3, 3, 3, 3, 0, 0, 0],
    respondent: 'client',
    administeredOn: '2026-11-20',
    correction: null,
  });
  return { ...env, client };
}

/** A signed version stored as a signed laptop would have it (the copy is printed from the stored version). */
async function storedSigned(db: Parameters<typeof auditTrail>[0], v: TreatmentPlanVersion): Promise<TreatmentPlanVersion> {
  await db.careplans.insert(planRecordOf(v, 'staff-therapist', '2026-12-01T09:00:00.000Z'));
  return v;
}

const exportsIn = async (db: Parameters<typeof auditTrail>[0]) => (await auditTrail(db)).filter((e) => e.action === 'export');

describe('report and export actions on real storage', () => {
  it('a saved progress report holds the scores and is audited once: who, what, which client, which opt-ins', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const { save, saved } = savingTo('/home/u/report.pdf');
    await expect(exportProgressReport(ctx, { ...REPORT, clientId: client.id, optIns: ['item_answers'] }, save)).resolves.toEqual({
      status: 'saved',
      path: '/home/u/report.pdf',
    });
    expect(save).toHaveBeenCalledWith(expect.anything(), 'progress-report-payer-2026-11-05-to-2026-12-04.pdf');
    expect(documentText(saved[0] ?? { title: '', headerLines: [], notice: [], sections: [], footer: '' })).toContain('Zoë Ångström');
    expect(await exportsIn(db)).toEqual([
      {
        action: 'export',
        entity: 'client',
        entityId: client.id,
        actorId: 'staff-therapist',
        at: '2026-12-04T09:00:00.000Z',
        detail:
          'Progress report (payer version) for 2026-11-05 to 2026-12-04; opt-ins: item_answers; medications in payer version: false; saved as /home/u/report.pdf',
      },
    ]);
  });

  it('a save cancelled in the dialog audits nothing', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const cancelled = vi.fn<SaveDocument>(() => Promise.resolve({ status: 'cancelled' }));
    await expect(exportProgressReport(ctx, { ...REPORT, clientId: client.id }, cancelled)).resolves.toEqual({ status: 'cancelled' });
    await expect(
      exportCsv(ctx, { scope: { kind: 'client', clientId: client.id }, data: 'measures', identified: false, optIns: [], salt: 's' }, () =>
        Promise.resolve({ status: 'cancelled' }),
      ),
    ).resolves.toEqual({ status: 'cancelled' });
    expect(await exportsIn(db)).toEqual([]);
  });

  it('refuses a client who is not on a therapist’s caseload: nothing is built, saved or audited', async () => {
    const { db, client } = await clinicWithZoe();
    const other = { db, actor: { id: 'staff-other', role: 'therapist' as const }, now: () => new Date('2026-12-04T10:00:00Z') };
    const { save } = savingTo('/x.pdf');
    await expect(exportProgressReport(other, { ...REPORT, clientId: client.id }, save)).rejects.toThrow(ExportRefusedError);
    await expect(
      exportPlanClientCopy(other, planVersion({ clientId: client.id }), { clinicName: 'H', clinicPhone: '', crisisLines: [] }, save, '2026-12-04'),
    ).rejects.toThrow(/own caseload/);
    await expect(
      exportCsv(other, { scope: { kind: 'client', clientId: client.id }, data: 'measures', identified: false, optIns: [], salt: 's' }, () =>
        Promise.resolve({ status: 'saved', path: '/x.csv' }),
      ),
    ).rejects.toThrow(/own caseload/);
    await expect(exportProgressReport(other, { ...REPORT, clientId: 'no-such-client' }, save)).rejects.toThrow('This client is not in this vault');
    expect(save).not.toHaveBeenCalled();
    expect(await exportsIn(db)).toEqual([]);
  });

  it('a caseload CSV uses pseudonymous keys unless identified, and says so in the audit', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const files: string[] = [];
    const save = (content: string) => {
      files.push(content);
      return Promise.resolve({ status: 'saved', path: '/c.csv' } as const);
    };
    await exportCsv(ctx, { scope: { kind: 'caseload' }, data: 'measures', identified: false, optIns: [], salt: 'x' }, save);
    await exportCsv(ctx, { scope: { kind: 'caseload' }, data: 'measures', identified: true, optIns: [], salt: 'x' }, save);
    expect(files[0]?.split('\r\n')[1]).toMatch(/^P001,PHQ-9,/);
    expect(files[0]).not.toContain(client.id);
    expect(files[1]?.split('\r\n')[1]?.startsWith(`${client.id},PHQ-9,`)).toBe(true);
    expect((await exportsIn(db)).map((e) => [e.entityId, e.detail])).toEqual([
      ['caseload', 'Measures CSV (caseload, pseudonymous keys); saved as /c.csv; 1 client; opt-ins: none'],
      ['caseload', 'Measures CSV (caseload, identified); saved as /c.csv; 1 client; opt-ins: none'],
    ]);
  });

  it('a treatment-plan client copy is audited against the plan version and sets its clientCopyProvidedOn', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const version = await storedSigned(db, planVersion({ clientId: client.id, status: 'active', contentHash: 'hash' }));
    const { save, saved } = savingTo('/copy.pdf');
    await exportPlanClientCopy(ctx, version, { clinicName: 'Harbor Light', clinicPhone: '555-0100', crisisLines: [] }, save, '2026-12-04');
    expect(saved[0]?.title).toBe('Zoë’s treatment plan');
    expect((await exportsIn(db)).map((e) => [e.entity, e.entityId, e.detail])).toEqual([
      ['plan', 'v1', `Treatment plan client copy (version 1) for client ${client.id}; opt-ins: none; client copy provided on 2026-12-04; saved as /copy.pdf`],
    ]);
    expect(await firstValueFrom(watchClientCopiesProvided(db, client.id))).toEqual(new Map([['v1', '2026-12-04']]));
    expect((await getPlanVersion(db, 'v1'))?.status).toBe('active');
  });

  it('a client copy cancelled in the dialog records no clientCopyProvidedOn and audits nothing', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const version = await storedSigned(db, planVersion({ clientId: client.id, status: 'active', contentHash: 'hash' }));
    await exportPlanClientCopy(
      ctx,
      version,
      { clinicName: 'H', clinicPhone: '', crisisLines: [] },
      () => Promise.resolve({ status: 'cancelled' }),
      '2026-12-04',
    );
    expect(await firstValueFrom(watchClientCopiesProvided(db, client.id))).toEqual(new Map());
    expect(await exportsIn(db)).toEqual([]);
  });

  it('a safety-plan client copy is printed through the same action, audited against its version', async () => {
    const { ctx, db, client } = await clinicWithZoe();
    const plan = completePlan('safety_plan', { clientId: client.id, status: 'active', contentHash: 'hash' });
    await db.careplans.insert(safetyPlanRecordOf(plan, 'staff-therapist', '2026-12-01T09:00:00.000Z'));
    const { save, saved } = savingTo('/safety.pdf');
    await exportPlanClientCopy(ctx, plan, { clinicName: 'Harbor Light', clinicPhone: '', crisisLines: [] }, save, '2026-12-04');
    expect(save).toHaveBeenCalledWith(expect.anything(), 'safety-plan-client-copy-v1-2026-12-04.pdf');
    expect(saved[0]?.title).toBe('Zoë’s safety plan');
    expect((await exportsIn(db)).map((e) => e.detail)).toEqual([
      `Safety plan client copy (version 1) for client ${client.id}; opt-ins: none; client copy provided on 2026-12-04; saved as /safety.pdf`,
    ]);
    expect(await firstValueFrom(watchClientCopiesProvided(db, client.id))).toEqual(new Map([[plan.versionId, '2026-12-04']]));
  });
});
