/**
 * The clinic's 42 CFR 2.32 re-disclosure notice (progress.md §7.2 item 7), printed on every Part 2 client's report:
 * written as a 'settings' clinic record (synced like every clinic record) and audited as 'settings'.
 */
import { PART2_NOTICE_REF, part2NoticeErrors, type Part2Notice } from '../../../shared/reports';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** Thrown when the notice cannot be saved; `errors` are the messages at the fields. */
export class Part2NoticeError extends Error {
  readonly code = 'part2_notice_invalid';
  constructor(readonly errors: Readonly<Record<string, string>>) {
    super(Object.values(errors)[0] ?? 'The Part 2 notice cannot be saved.');
    this.name = 'Part2NoticeError';
  }
}

const shown = (n: Part2Notice): string => (n.recordId === '' ? 'the standard text' : `“${n.text}”`);

/** Saves the notice (required, trimmed); supervisors and admins only; audited with the old and new wording. */
export async function savePart2Notice(ctx: ActorContext, text: string, previous: Part2Notice): Promise<void> {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin')
    throw new Part2NoticeError({ form: 'Only a supervisor or clinic admin can change the Part 2 notice.' });
  const errors = part2NoticeErrors(text);
  if (Object.keys(errors).length > 0) throw new Part2NoticeError(errors);
  const data = { text: text.trim() };
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(
    ctx.db,
    { kind: 'settings', status: 'open', refCollection: PART2_NOTICE_REF.collection, refId: PART2_NOTICE_REF.id, data, reason: '' },
    stamp,
  );
  await auditFor(ctx, 'vault')('settings', saved.id, `42 CFR Part 2 notice “${data.text}” (was ${shown(previous)})`, stamp.now);
}
