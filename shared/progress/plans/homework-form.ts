/**
 * Homework forms (progress.md §2) turned into records or field errors, and what a review does to an assignment's
 * status. Form values arrive as typed text; `today`, ids and instants are parameters.
 */
import type { FieldErrors } from '../../domain/client';
import { isIsoDate } from '../../domain/dates';
import { formNumber, validateHomeworkAssignment, validateHomeworkCompletion } from './entry-validation';
import { doneUnits, expectedUnits } from './homework-completion';
import { HOMEWORK_BARRIERS, HOMEWORK_CATEGORIES, type HomeworkAssignment, type HomeworkCompletion } from './types';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly errors: FieldErrors };

export interface HomeworkFormValues {
  readonly title: string;
  readonly instructions: string;
  readonly category: string;
  readonly skill: string;
  readonly scheduleType: 'once' | 'daily' | 'per_week';
  readonly dueOn: string;
  readonly from: string;
  readonly to: string;
  readonly timesPerWeek: string;
}

/** Who assigns, when and in which session. */
export interface AssignContext {
  readonly homeworkId: string;
  readonly assignedBy: string;
  readonly assignedInSessionId: string | null;
  readonly today: string;
}

function scheduleOf(v: HomeworkFormValues): HomeworkAssignment['schedule'] {
  if (v.scheduleType === 'once') return { type: 'once', dueOn: v.dueOn };
  if (v.scheduleType === 'daily') return { type: 'daily', from: v.from, to: v.to };
  return { type: 'per_week', timesPerWeek: formNumber(v.timesPerWeek), from: v.from, to: v.to };
}

/** A new assignment from the form; a due date (or first day) before today is refused: new homework looks forward. */
export function parseHomeworkForm(v: HomeworkFormValues, ctx: AssignContext): Parsed<HomeworkAssignment> {
  const schedule = scheduleOf(v);
  const errors: Record<string, string> = { ...validateHomeworkAssignment({ title: v.title, assignedOn: ctx.today, schedule }) };
  const renamed: Record<string, string> = {};
  for (const [k, msg] of Object.entries(errors)) renamed[k.replace(/^schedule\./, '')] = msg;
  if (v.scheduleType === 'once' && isIsoDate(v.dueOn) && v.dueOn < ctx.today) renamed.dueOn = 'The due date cannot be in the past.';
  if (v.scheduleType !== 'once' && isIsoDate(v.from) && v.from < ctx.today) renamed.from = 'The first day cannot be in the past.';
  const category = HOMEWORK_CATEGORIES.find((c) => c === v.category);
  if (!category) renamed.category = 'Choose a category.';
  if (Object.keys(renamed).length > 0 || !category) return { ok: false, errors: renamed };
  const skill = v.skill.trim();
  return {
    ok: true,
    value: {
      homeworkId: ctx.homeworkId,
      clientId: '',
      title: v.title.trim(),
      instructions: v.instructions.trim(),
      category,
      ...(skill ? { skill } : {}),
      objectiveIds: [],
      assignedInSessionId: ctx.assignedInSessionId,
      assignedBy: ctx.assignedBy,
      assignedOn: ctx.today,
      schedule,
      status: 'assigned',
      attachments: [],
    },
  };
}

export type ReviewOutcome = 'done' | 'partly' | 'not_done';

export interface HomeworkReviewValues {
  readonly outcome: ReviewOutcome | '';
  readonly units: string;
  readonly quality: string;
  readonly barrier: string;
  readonly note: string;
}

/** A clinician's review of one assignment in a session: becomes an append-only completion entry. */
export function parseHomeworkReview(
  v: HomeworkReviewValues,
  ctx: { readonly homeworkId: string; readonly today: string; readonly sessionId: string | null; readonly enteredAt: string },
): Parsed<HomeworkCompletion> {
  if (v.outcome === '') return { ok: false, errors: { outcome: 'Choose done, partly done or not done.' } };
  const done = v.outcome !== 'not_done';
  const units = v.outcome === 'not_done' && v.units.trim() === '' ? '0' : v.units;
  const quality = v.quality === '' ? null : v.quality;
  const errors: Record<string, string> = { ...validateHomeworkCompletion({ date: ctx.today, done, units, quality }, ctx.today) };
  const barrier = HOMEWORK_BARRIERS.find((b) => b === v.barrier) ?? null;
  if (v.barrier !== '' && !barrier) errors.barrier = 'Choose a barrier from the list.';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const q = quality === null ? null : formNumber(quality);
  return {
    ok: true,
    value: {
      homeworkId: ctx.homeworkId,
      date: ctx.today,
      reporter: 'clinician',
      done,
      units: formNumber(units),
      quality: q === 0 || q === 1 || q === 2 ? q : null,
      barrier,
      note: v.note.trim() || null,
      reviewedInSessionId: ctx.sessionId,
      enteredAt: ctx.enteredAt,
    },
  };
}

function scheduleWindow(a: HomeworkAssignment): { readonly from: string; readonly to: string } {
  const s = a.schedule;
  return s.type === 'once' ? { from: a.assignedOn < s.dueOn ? a.assignedOn : s.dueOn, to: s.dueOn } : { from: s.from, to: s.to };
}

/** The status an assignment takes after a review (excused and cancelled assignments keep theirs). */
export function statusAfterReview(
  a: HomeworkAssignment,
  outcome: ReviewOutcome,
  completions: readonly HomeworkCompletion[],
  today: string,
): HomeworkAssignment['status'] {
  if (a.status === 'excused' || a.status === 'cancelled') return a.status;
  if (a.schedule.type === 'once') return outcome === 'done' ? 'completed' : outcome === 'partly' ? 'partially_completed' : 'not_completed';
  const window = scheduleWindow(a);
  const expected = expectedUnits(a, window);
  const done = doneUnits(a.homeworkId, completions, window);
  if (expected > 0 && done >= expected) return 'completed';
  if (window.to <= today) return done > 0 ? 'partially_completed' : 'not_completed';
  return done > 0 ? 'in_progress' : 'assigned';
}

/** An assignment's completion so far: units done of those expected from its start up to today. */
export function assignmentCompletion(
  a: HomeworkAssignment,
  completions: readonly HomeworkCompletion[],
  today: string,
): { readonly done: number; readonly expected: number; readonly pct: number | null } {
  const full = scheduleWindow(a);
  const window = { from: full.from, to: full.to < today ? full.to : today };
  const expected = window.from > window.to ? 0 : expectedUnits(a, window);
  const done = doneUnits(a.homeworkId, completions, full);
  if (expected === 0) return { done, expected, pct: done > 0 ? 100 : null };
  return { done: Math.min(done, expected), expected, pct: Math.min(100, Math.floor((100 * done) / expected)) };
}

/** Assignments still to review: assigned or in progress, earliest due first. */
export function openHomework(assignments: readonly HomeworkAssignment[]): readonly HomeworkAssignment[] {
  const due = (a: HomeworkAssignment) => (a.schedule.type === 'once' ? a.schedule.dueOn : a.schedule.to);
  return assignments.filter((a) => a.status === 'assigned' || a.status === 'in_progress').sort((x, y) => due(x).localeCompare(due(y)));
}

/** The last day of an assignment: its due date, or the end of its schedule. */
export function dueOf(a: HomeworkAssignment): string {
  return a.schedule.type === 'once' ? a.schedule.dueOn : a.schedule.to;
}
