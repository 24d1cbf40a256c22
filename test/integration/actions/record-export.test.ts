import { describe, expect, it, vi } from 'vitest';
import { insertStaff } from '../../../renderer/db';
import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import { saveCheckIns } from '../../../renderer/features/check-ins/checkin-actions';
import { saveFamilyFeedback } from '../../../renderer/features/family-feedback/family-actions';
import { administerMeasure } from '../../../renderer/features/measures/measure-actions';
import { saveNote, signNoteDraft, startNote } from '../../../renderer/features/notes/note-actions';
import { ExportRefusedError } from '../../../renderer/features/reports/report-actions';
import { exportClientRecord, type RecordSavers } from '../../../renderer/features/reports/record-export-actions';
import type { ClientInput } from '../../../shared/domain/client';
import type { SaveFileResult } from '../../../shared/host';
import { getInstrument } from '../../../shared/instruments';
import { CLIENT_RECORD_FORMAT, documentText, type ClientRecordBundle, type RecordOptIn, type ReportDocument } from '../../../shared/reports';
import { actorOn, auditTrail } from './actor';

const ZOE: ClientInput = {
  firstName: 'Zoë',
  lastName: 'Ångström',
  preferredName: '',
  pronouns: 'she/her',
  dateOfBirth: '1991-03-04',
  levelOfCare: 'IOP',
  program: 'Adult mental health',
  primaryClinicianId: 'staff-therapist',
  admissionDate: '2026-11-01',
  contacts: [{ name: 'Auntie Marrowgate', relation: 'Aunt', phone: '555 0101', email: '' }],
};
// Words that may appear only when their opt-in is chosen, or never.
const NARRATIVE = 'Quillonword spoke about her week';
const DRAFT = 'Draftonlyword';
const JOURNAL = 'Journalword hard evening';
const FAMILY = 'Famcommentword talks more';

async function seededZoe(program = ZOE.program) {
  const env = await actorOn('therapist');
  await insertStaff(
    env.db,
    { name: 'Tess Therapist', role: 'therapist', credentials: 'LCSW', supervised: false },
    { authorId: 'admin', now: env.ctx.now(), id: 'staff-therapist' },
  );
  const client = await createClientRecord(env.ctx, { ...ZOE, program });
  const def = getInstrument('PHQ-9');
  if (!def) throw new Error('PHQ-9 missing');
  const note = await startNote(env.ctx, { clientId: client.id, sessionId: '', templateId: 'progress' });
  await saveNote(env.ctx, note.id, { title: 'Week 3', sections: [{ key: 'progress', heading: 'Progress note', html: `<p>${NARRATIVE}</p>` }] }, true);
  await signNoteDraft(env.ctx, note.id);
  // After signing: item 9 answered opens a safety alert, and a note then needs its risk level first.
  await administerMeasure(env.ctx, client.id, {
    def,
    answers: [3, 3, 3, 3, 3, 3, 0, 0, 1],
    respondent: 'client',
    administeredOn: '2026-11-20',
    correction: null,
  });
  const draft = await startNote(env.ctx, { clientId: client.id, sessionId: '', templateId: 'progress' });
  await saveNote(env.ctx, draft.id, { sections: [{ key: 'progress', heading: 'Progress note', html: `<p>${DRAFT}</p>` }] }, true);
  await saveCheckIns(
    env.ctx,
    [
      {
        clientId: client.id,
        day: '2026-12-01',
        answers: { mood: 6, anxiety: 4, stress: 5, cravings: 0, sleepHours: 7.5, copingSkills: ['Grounding'] },
        journal: JOURNAL,
      },
    ],
    'check-in round',
  );
  await saveFamilyFeedback(env.ctx, {
    clientId: client.id,
    sessionId: '',
    day: '2026-12-02',
    concerns: '',
    answers: {
      relation: 'Parent',
      communication: 4,
      conflict: 3,
      household: 3,
      moodAtHome: 4,
      comments: { communication: FAMILY, conflict: '', household: '', moodAtHome: '' },
    },
  });
  return { ...env, client };
}

function savers(path: string) {
  const files: { json: string[]; pdf: ReportDocument[] } = { json: [], pdf: [] };
  const saved = (p: string) => Promise.resolve({ status: 'saved', path: p } satisfies SaveFileResult);
  const save: RecordSavers = {
    pdf: vi.fn((doc: ReportDocument) => {
      files.pdf.push(doc);
      return saved(`${path}.pdf`);
    }),
    json: vi.fn((text: string) => {
      files.json.push(text);
      return saved(`${path}.json`);
    }),
  };
  return { save, files };
}

const parse = (text: string | undefined): ClientRecordBundle => JSON.parse(text ?? '{}') as ClientRecordBundle;
const exportsIn = async (db: Parameters<typeof auditTrail>[0]) => (await auditTrail(db)).filter((e) => e.action === 'export').map((e) => e.detail);

describe('client record export on real storage', () => {
  it('without opt-ins: scores, signed note titles and demographics, none of the §7.2 items; each file audited', async () => {
    const { ctx, db, client } = await seededZoe();
    const { save, files } = savers('/home/u/zoe');
    await exportClientRecord(ctx, { clientId: client.id, format: 'json', optIns: [], clinicName: 'Harbor Light' }, save);
    await exportClientRecord(ctx, { clientId: client.id, format: 'pdf', optIns: [], clinicName: 'Harbor Light' }, save);
    const bundle = parse(files.json[0]);
    expect(bundle).toMatchObject({
      format: CLIENT_RECORD_FORMAT,
      version: 1,
      clinic: 'Harbor Light',
      exportedBy: 'Tess Therapist',
      optIns: [],
      part2Notice: null,
    });
    expect(bundle.client).toMatchObject({ firstName: 'Zoë', lastName: 'Ångström', pronouns: 'she/her', primaryClinician: 'Tess Therapist' });
    expect(bundle.measures).toEqual([expect.objectContaining({ instrument: 'PHQ-9', score: 19, respondent: 'client' })]);
    expect(bundle.notes).toEqual([expect.objectContaining({ kind: 'note', title: 'Week 3', author: 'Tess Therapist' })]);
    expect(bundle.checkIns[0]?.answers).toMatchObject({ mood: 6, copingSkills: ['Grounding'] });
    expect(bundle.familyFeedback[0]?.answers).toEqual({ communication: 4, conflict: 3, household: 3, moodAtHome: 4 });
    const both = `${files.json[0] ?? ''}\n${documentText(files.pdf[0] ?? { title: '', headerLines: [], notice: [], sections: [], footer: '' })}`;
    for (const never of [NARRATIVE, DRAFT, JOURNAL, FAMILY, 'Marrowgate', 'phq9_', '_rev', 'contentHash', 'draftKey']) expect(both).not.toContain(never);
    expect(documentText(files.pdf[0] ?? { title: '', headerLines: [], notice: [], sections: [], footer: '' })).toMatch(
      /Client record: Zoë Ångström[\s\S]*PHQ-9[\s\S]*19[\s\S]*Week 3/,
    );
    expect(await exportsIn(db)).toEqual([
      'Client record (JSON, right of access); opt-ins: none; saved as /home/u/zoe.json',
      'Client record (PDF, right of access); opt-ins: none; saved as /home/u/zoe.pdf',
    ]);
  });

  it('each opt-in brings in its item only, and the audit names the opt-ins; drafts stay out whatever is chosen', async () => {
    const { ctx, db, client } = await seededZoe();
    const { save, files } = savers('/r');
    const optIns: RecordOptIn[] = ['note_narratives', 'family_free_text', 'checkin_homework_free_text', 'item_answers'];
    await exportClientRecord(ctx, { clientId: client.id, format: 'json', optIns, clinicName: 'H' }, save);
    const text = files.json[0] ?? '';
    for (const word of [NARRATIVE, JOURNAL, FAMILY, 'Marrowgate']) expect(text).toContain(word);
    expect(text).not.toContain(DRAFT);
    expect(parse(text).measures[0]?.answers).toMatchObject({ phq9_9: 1 });
    expect(await exportsIn(db)).toEqual([
      'Client record (JSON, right of access); opt-ins: checkin_homework_free_text, family_free_text, item_answers, note_narratives; saved as /r.json',
    ]);
  });

  it('a Part 2 client’s record needs the Part 2 opt-in and then carries the re-disclosure notice', async () => {
    const { ctx, db, client } = await seededZoe('Substance use');
    const { save, files } = savers('/p');
    await expect(exportClientRecord(ctx, { clientId: client.id, format: 'pdf', optIns: [], clinicName: 'H' }, save)).rejects.toThrow(/42 CFR Part 2/);
    expect(save.pdf).not.toHaveBeenCalled();
    await exportClientRecord(ctx, { clientId: client.id, format: 'pdf', optIns: ['part2'], clinicName: 'H' }, save);
    expect(files.pdf[0]?.notice.join(' ')).toContain('42 CFR part 2 prohibits unauthorized use or disclosure');
    expect(await exportsIn(db)).toEqual(['Client record (PDF, right of access); opt-ins: part2; saved as /p.pdf']);
  });

  it('refuses a client the user may not see, and a cancelled save audits nothing', async () => {
    const { db, ctx, client } = await seededZoe();
    const other = { db, actor: { id: 'staff-other', role: 'therapist' as const }, now: () => new Date('2026-12-04T10:00:00Z') };
    const { save } = savers('/x');
    await expect(exportClientRecord(other, { clientId: client.id, format: 'json', optIns: [], clinicName: 'H' }, save)).rejects.toThrow(ExportRefusedError);
    await expect(exportClientRecord(other, { clientId: client.id, format: 'json', optIns: [], clinicName: 'H' }, save)).rejects.toThrow(/own caseload/);
    const cancelled: RecordSavers = { pdf: () => Promise.resolve({ status: 'cancelled' }), json: () => Promise.resolve({ status: 'cancelled' }) };
    await expect(exportClientRecord(ctx, { clientId: client.id, format: 'pdf', optIns: [], clinicName: 'H' }, cancelled)).resolves.toEqual({
      status: 'cancelled',
    });
    expect(save.json).not.toHaveBeenCalled();
    expect(await exportsIn(db)).toEqual([]);
  });
});
