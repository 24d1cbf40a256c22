/**
 * Homework assignments (careplans, kind 'homework') and the daily entries of progress.md §2–§3 (responses, kinds
 * 'homework_completion' and 'target_behaviour', append-only: a correction is a new entry that supersedes by day).
 */
import { type Observable } from 'rxjs';
import { z } from 'zod';
import type { CarePlan, InstrumentResponse } from '../../../shared/domain/records';
import { completionSchema, entrySchema } from '../../../shared/progress/snapshot/plan-entries';
import { HOMEWORK_STATUSES, type HomeworkAssignment, type HomeworkCompletion, type TargetBehaviourEntry } from '../../../shared/progress/plans/types';
import type { WaypointDatabase } from '../schema-plan';
import { RecordNotFoundError, insertPlain, plainOf, stampNew, type WriteContext, readEach, watchWhere } from './collection-spec';

function homeworkRecord(a: HomeworkAssignment, ctx: WriteContext): CarePlan {
  const { status, clientId } = a;
  const content = Object.fromEntries(Object.entries(a).filter(([k]) => k !== 'homeworkId' && k !== 'status' && k !== 'clientId'));
  return {
    ...stampNew({ ...ctx, id: a.homeworkId }),
    kind: 'homework',
    status,
    clientId,
    planId: a.homeworkId,
    version: 0,
    previousVersionId: '',
    effectiveFrom: a.assignedOn,
    reviewDueOn: '',
    contentHash: '',
    content,
    signatures: [],
    lifecycle: [],
  };
}

function homeworkOf(doc: CarePlan): HomeworkAssignment | null {
  if (doc.kind !== 'homework') return null;
  const status = HOMEWORK_STATUSES.find((s) => s === doc.status);
  if (!status) return null;
  const body = doc.content as unknown as Omit<HomeworkAssignment, 'homeworkId' | 'status' | 'clientId'>; // written only by homeworkRecord
  return { ...body, homeworkId: doc.id, status, clientId: doc.clientId };
}

/** Stores a homework assignment (its id is the assignment's homeworkId). */
export async function insertHomework(db: WaypointDatabase, assignment: HomeworkAssignment, ctx: WriteContext): Promise<HomeworkAssignment> {
  const saved = homeworkOf(await insertPlain(db.careplans, homeworkRecord(assignment, ctx)));
  if (!saved) throw new RecordNotFoundError('careplans', assignment.homeworkId);
  return saved;
}

/** Sets an assignment's status (completed, excused, cancelled …); its content stays as assigned. */
export async function setHomeworkStatus(
  db: WaypointDatabase,
  homeworkId: string,
  status: HomeworkAssignment['status'],
  ctx: WriteContext,
): Promise<HomeworkAssignment> {
  const doc = await db.careplans.findOne(homeworkId).exec();
  if (!doc || doc.kind !== 'homework') throw new RecordNotFoundError('careplans', homeworkId);
  const saved = homeworkOf(plainOf(await doc.incrementalPatch({ status, updatedAt: ctx.now.toISOString() })));
  if (!saved) throw new RecordNotFoundError('careplans', homeworkId);
  return saved;
}

/** A client's homework assignments, oldest first, kept live. */
export function watchHomeworkForClient(db: WaypointDatabase, clientId: string): Observable<readonly HomeworkAssignment[]> {
  return watchWhere(db.careplans, { selector: { clientId, kind: 'homework' }, sort: [{ effectiveFrom: 'asc' }] }, readEach(homeworkOf));
}

/** Appends one homework report of a client. */
export async function insertHomeworkCompletion(db: WaypointDatabase, clientId: string, c: HomeworkCompletion, ctx: WriteContext): Promise<HomeworkCompletion> {
  const response: InstrumentResponse = {
    ...stampNew(ctx),
    kind: 'homework_completion',
    instrumentId: c.homeworkId,
    instrumentVersion: '1',
    clientId,
    sessionId: c.reviewedInSessionId ?? '',
    respondent: c.reporter,
    completedAt: c.enteredAt,
    answers: { ...c },
    score: c.units,
    band: null,
    flags: [],
    comment: c.note ?? '',
    supersedesId: '',
  };
  return completionSchema.parse((await insertPlain(db.responses, response)).answers);
}

/** Appends one day's value of a target behaviour for a client. */
export async function insertTargetBehaviourEntry(
  db: WaypointDatabase,
  clientId: string,
  e: TargetBehaviourEntry,
  ctx: WriteContext,
): Promise<TargetBehaviourEntry> {
  const response: InstrumentResponse = {
    ...stampNew(ctx),
    kind: 'target_behaviour',
    instrumentId: e.behaviourId,
    instrumentVersion: '1',
    clientId,
    sessionId: '',
    respondent: e.reporter,
    completedAt: e.enteredAt,
    answers: { ...e },
    score: e.value,
    band: null,
    flags: [],
    comment: '',
    supersedesId: '',
  };
  return entrySchema.parse((await insertPlain(db.responses, response)).answers);
}

function watchKind<T>(db: WaypointDatabase, clientId: string, kind: InstrumentResponse['kind'], schema: z.ZodType<T>): Observable<readonly T[]> {
  const parse = (d: InstrumentResponse) => schema.safeParse(d.answers).data;
  return watchWhere(db.responses, { selector: { clientId, kind }, sort: [{ completedAt: 'asc' }] }, readEach(parse));
}

/** A client's homework reports, in the order entered, kept live. */
export function watchHomeworkCompletionsForClient(db: WaypointDatabase, clientId: string): Observable<readonly HomeworkCompletion[]> {
  return watchKind(db, clientId, 'homework_completion', completionSchema);
}

/** A client's target-behaviour entries, in the order entered, kept live. */
export function watchTargetBehaviourEntriesForClient(db: WaypointDatabase, clientId: string): Observable<readonly TargetBehaviourEntry[]> {
  return watchKind(db, clientId, 'target_behaviour', entrySchema);
}
