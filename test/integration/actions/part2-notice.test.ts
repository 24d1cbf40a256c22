import { describe, expect, it } from 'vitest';
import { findClinicRecords } from '../../../renderer/db';
import { Part2NoticeError, savePart2Notice } from '../../../renderer/features/settings/part2-notice-actions';
import { DEFAULT_PART2_NOTICE, part2NoticeOf } from '../../../shared/reports';
import { actorOn, auditTrail } from './actor';

const OWN = 'Harbor Light: these 42 CFR Part 2 records may not be re-disclosed.';

describe('the 42 CFR Part 2 notice setting on real storage (§7.2 item 7)', () => {
  it('the standard text until a supervisor saves the clinic’s own; saved trimmed, read back, audited as settings with the old wording', async () => {
    const { ctx, db } = await actorOn('supervisor');
    const before = part2NoticeOf(await findClinicRecords(db, 'settings'));
    expect(before).toEqual({ text: DEFAULT_PART2_NOTICE, recordId: '' });
    await savePart2Notice(ctx, `  ${OWN}\n`, before);
    const after = part2NoticeOf(await findClinicRecords(db, 'settings'));
    expect(after.text).toBe(OWN);
    await savePart2Notice(ctx, 'Second wording.', after);
    expect((await auditTrail(db)).map(({ action, entity, detail }) => ({ action, entity, detail }))).toEqual([
      { action: 'settings', entity: 'vault', detail: `42 CFR Part 2 notice “${OWN}” (was the standard text)` },
      { action: 'settings', entity: 'vault', detail: `42 CFR Part 2 notice “Second wording.” (was “${OWN}”)` },
    ]);
  });

  it('refuses an empty notice at its field and a therapist altogether; nothing is written or audited', async () => {
    const { ctx, db } = await actorOn('admin');
    const standard = part2NoticeOf([]);
    await expect(savePart2Notice(ctx, '   ', standard)).rejects.toBeInstanceOf(Part2NoticeError);
    await expect(savePart2Notice(ctx, '', standard)).rejects.toMatchObject({
      errors: { text: 'Write the re-disclosure notice: every Part 2 export prints it (42 CFR 2.32).' },
    });
    const therapist = { ...ctx, actor: { id: 'staff-therapist', role: 'therapist' as const } };
    await expect(savePart2Notice(therapist, OWN, standard)).rejects.toThrow(/Only a supervisor or clinic admin/);
    expect(await findClinicRecords(db, 'settings')).toEqual([]);
    expect(await auditTrail(db)).toEqual([]);
  });
});
