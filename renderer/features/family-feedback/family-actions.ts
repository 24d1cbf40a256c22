import { auditFor } from '../../audit';
import { insertResponse } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { familyFeedbackResponse, toFamilyFeedback, type FamilyFeedback, type FamilyFeedbackInput } from './family-records';
import { localDayOf } from '../../components/format-date';

/** Saves a family feedback form; the audit names the relation and session, never the answers. */
export async function saveFamilyFeedback(ctx: ActorContext, input: FamilyFeedbackInput): Promise<FamilyFeedback> {
  const stamp = writeStamp(ctx);
  const r = await insertResponse(ctx.db, familyFeedbackResponse(input, stamp.now), stamp);
  const detail = `Family feedback for ${input.day} from a ${input.answers.relation.toLowerCase()} for client ${input.clientId}${input.sessionId ? ` in session ${input.sessionId}` : ''}`;
  await auditFor(ctx, 'response')('create', r.id, detail, stamp.now);
  const [saved] = toFamilyFeedback([r], localDayOf);
  if (!saved) throw new Error('A saved family feedback form did not read back.');
  return saved;
}
