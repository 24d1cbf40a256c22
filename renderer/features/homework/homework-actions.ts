/**
 * Homework writes (progress.md §2), each with its audit event: assigning (from the chart or in a session) and a
 * clinician's review in a session, which appends a completion entry and moves the assignment's status.
 */
import { statusAfterReview, type ReviewOutcome } from '../../../shared/progress/plans/homework-form';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../shared/progress/plans/types';
import { auditFor } from '../../audit';
import { insertHomework, insertHomeworkCompletion, setHomeworkStatus } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

const inSession = (sessionId: string | null) => (sessionId ? ` in session ${sessionId}` : '');

/** Stores a new assignment for the client; the audit names its category and due date, never its text. */
export async function assignHomework(ctx: ActorContext, clientId: string, assignment: HomeworkAssignment): Promise<HomeworkAssignment> {
  const stamp = writeStamp(ctx);
  const saved = await insertHomework(ctx.db, { ...assignment, clientId, assignedBy: ctx.actor.id }, stamp);
  const due = saved.schedule.type === 'once' ? `due ${saved.schedule.dueOn}` : `${saved.schedule.from} to ${saved.schedule.to}`;
  await auditFor(ctx, 'plan')(
    'create',
    saved.homeworkId,
    `Homework (${saved.category}) assigned to client ${clientId}, ${due}${inSession(saved.assignedInSessionId)}`,
    stamp.now,
  );
  return saved;
}

export interface HomeworkReview {
  readonly assignment: HomeworkAssignment;
  readonly completion: HomeworkCompletion;
  readonly outcome: ReviewOutcome;
  /** The client's completions so far (the new one is added to them for the status). */
  readonly earlier: readonly HomeworkCompletion[];
  readonly today: string;
}

/** Appends the review as a clinician's completion entry, then sets the status the completions give. */
export async function reviewHomework(ctx: ActorContext, clientId: string, r: HomeworkReview): Promise<HomeworkAssignment> {
  const stamp = writeStamp(ctx);
  const saved = await insertHomeworkCompletion(ctx.db, clientId, r.completion, stamp);
  const status = statusAfterReview(r.assignment, r.outcome, [...r.earlier, saved], r.today);
  const updated = status === r.assignment.status ? r.assignment : await setHomeworkStatus(ctx.db, r.assignment.homeworkId, status, stamp);
  await auditFor(ctx, 'plan')(
    'edit',
    r.assignment.homeworkId,
    `Homework reviewed for client ${clientId}: ${r.outcome}, status ${status}${inSession(saved.reviewedInSessionId)}`,
    stamp.now,
  );
  return updated;
}

/** Excuses or cancels an assignment (it then counts toward no completion %). */
export async function closeHomework(ctx: ActorContext, assignment: HomeworkAssignment, status: 'excused' | 'cancelled'): Promise<HomeworkAssignment> {
  const stamp = writeStamp(ctx);
  const updated = await setHomeworkStatus(ctx.db, assignment.homeworkId, status, stamp);
  await auditFor(ctx, 'plan')('edit', assignment.homeworkId, `Homework ${status} for client ${assignment.clientId}`, stamp.now);
  return updated;
}
