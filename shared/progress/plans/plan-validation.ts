/**
 * Field errors of a plan version (progress.md §1.1–§1.4): path → message, paths like `problems.0.goals.1.targetDate`.
 * 'save' checks values that are wrong (a missing target, a bad number, a date before the plan starts); 'sign' also
 * checks what the sources require before anyone signs.
 */
import type { FieldErrors } from '../../domain/client';
import { isIsoDate } from '../../domain/dates';
import { diagnosisErrors } from './diagnoses-services';
import type { Goal, Intervention, MeasureTarget, Objective, Problem, TreatmentPlanVersion } from './types';

type Errors = Record<string, string>;
export type PlanCheck = 'save' | 'sign';

const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isPosInt = (v: unknown) => isNum(v) && Number.isInteger(v) && v > 0;
const blank = (s: string | undefined | null) => !s?.trim();

function checkDate(e: Errors, path: string, date: string, notBefore: string | null, what: string): void {
  if (!isIsoDate(date)) e[path] = `Enter the ${what} as a date.`;
  else if (notBefore && isIsoDate(notBefore) && date < notBefore) e[path] = `The ${what} cannot be before the plan starts (${notBefore}).`;
}

/**
 * The earliest target date a version accepts: the plan's start for version 1. A revision carries goals and objectives
 * forward whose target dates may have passed by the day it starts (they keep their history and show "target date
 * passed"); refusing them would stop the revision that is meant to update them. An objective's own start still bounds it.
 */
const targetFloor = (v: TreatmentPlanVersion): string | null => (v.version <= 1 ? v.effectiveFrom : null);

function checkMeasure(e: Errors, path: string, m: MeasureTarget, behaviourIds: ReadonlySet<string>): void {
  switch (m.kind) {
    case 'instrument':
      if (blank(m.instrumentId)) e[`${path}.instrumentId`] = 'Choose the measure.';
      if (!isNum(m.value)) e[`${path}.value`] = 'Enter the target score as a number.';
      if (m.over !== 'latest' && !isPosInt(m.over.lastN)) e[`${path}.over`] = 'The number of consecutive scores must be a whole number of at least 1.';
      return;
    case 'instrument_change':
      if (blank(m.instrumentId)) e[`${path}.instrumentId`] = 'Choose the measure.';
      return;
    case 'target_behaviour':
      if (!behaviourIds.has(m.behaviourId)) e[`${path}.behaviourId`] = 'Choose a target behaviour defined in this plan.';
      if (!isNum(m.value) || m.value < 0) e[`${path}.value`] = 'Enter the target as a number of 0 or more.';
      if (!isPosInt(m.consecutiveWeeks)) e[`${path}.consecutiveWeeks`] = 'Enter the number of weeks as a whole number of at least 1.';
      return;
    case 'homework':
      if (!isNum(m.completionPctAtLeast) || m.completionPctAtLeast < 0 || m.completionPctAtLeast > 100)
        e[`${path}.completionPctAtLeast`] = 'Enter a completion percentage from 0 to 100.';
      if (!isPosInt(m.windowDays)) e[`${path}.windowDays`] = 'Enter the window as a whole number of days.';
      return;
    case 'attendance':
      if (!isNum(m.pctAtLeast) || m.pctAtLeast < 0 || m.pctAtLeast > 100) e[`${path}.pctAtLeast`] = 'Enter an attendance percentage from 0 to 100.';
      if (!isPosInt(m.windowDays)) e[`${path}.windowDays`] = 'Enter the window as a whole number of days.';
      return;
    case 'checkin':
      if (!isNum(m.value)) e[`${path}.value`] = 'Enter the target as a number.';
      return;
    case 'manual':
      return;
  }
}

function checkIntervention(e: Errors, path: string, i: Intervention, check: PlanCheck): void {
  if (blank(i.modality)) e[`${path}.modality`] = 'Name the intervention (e.g. CBT group).';
  if (!isPosInt(i.frequency.count)) e[`${path}.frequency.count`] = 'Enter how often as a whole number of at least 1.';
  if (i.minutes !== null && (!isNum(i.minutes) || i.minutes <= 0)) e[`${path}.minutes`] = 'Enter the minutes as a number above 0, or leave it empty.';
  if (check === 'sign' && i.responsibleStaffIds.length === 0) e[`${path}.responsibleStaffIds`] = 'Name at least one staff member responsible.';
}

function checkObjective(e: Errors, path: string, o: Objective, v: TreatmentPlanVersion, check: PlanCheck, behaviours: ReadonlySet<string>): void {
  if (blank(o.statement)) e[`${path}.statement`] = 'Describe the objective.';
  if (!(o.measure as MeasureTarget | undefined)) e[`${path}.measure`] = 'Give the objective a target.';
  else checkMeasure(e, `${path}.measure`, o.measure, behaviours);
  checkDate(e, `${path}.startDate`, o.startDate, null, 'start date');
  checkDate(e, `${path}.targetDate`, o.targetDate, targetFloor(v), 'target date');
  if (!e[`${path}.targetDate`] && isIsoDate(o.startDate) && o.targetDate < o.startDate)
    e[`${path}.targetDate`] = 'The target date cannot be before the objective starts.';
  if (o.baselineValue !== null && !isNum(o.baselineValue)) e[`${path}.baselineValue`] = 'Enter the baseline as a number, or leave it empty.';
  if (['not_met', 'partially_met', 'discontinued'].includes(o.status) && blank(o.statusReason)) e[`${path}.statusReason`] = 'Give the reason for this status.';
  if (check === 'sign' && o.fromLibrary) e[`${path}.statement`] = 'Edit or confirm this library wording for this client before signing.';
  o.interventions.forEach((i, k) => {
    checkIntervention(e, `${path}.interventions.${String(k)}`, i, check);
  });
}

function checkGoal(e: Errors, path: string, g: Goal, v: TreatmentPlanVersion, check: PlanCheck, behaviours: ReadonlySet<string>): void {
  if (blank(g.clientWords)) e[`${path}.clientWords`] = 'Write the goal in the client’s own words.';
  else if (check === 'sign' && g.fromLibrary) e[`${path}.clientWords`] = 'Edit or confirm this library wording for this client before signing.';
  checkDate(e, `${path}.targetDate`, g.targetDate, targetFloor(v), 'target date');
  if (check === 'sign' && g.objectives.length === 0) e[`${path}.objectives`] = 'Add at least one measurable objective.';
  g.objectives.forEach((o, k) => {
    checkObjective(e, `${path}.objectives.${String(k)}`, o, v, check, behaviours);
  });
}

function checkProblem(e: Errors, path: string, p: Problem, v: TreatmentPlanVersion, check: PlanCheck, behaviours: ReadonlySet<string>): void {
  if (blank(p.statement)) e[`${path}.statement`] = 'Describe the problem or need.';
  if ((p.status === 'deferred' || p.status === 'referred') && blank(p.statusReason)) e[`${path}.statusReason`] = `Say why the problem is ${p.status}.`;
  if (check === 'sign' && p.status === 'active' && p.goals.length === 0) e[`${path}.goals`] = 'Add at least one goal for this problem.';
  p.goals.forEach((g, k) => {
    checkGoal(e, `${path}.goals.${String(k)}`, g, v, check, behaviours);
  });
}

function checkPlanFields(e: Errors, v: TreatmentPlanVersion, check: PlanCheck): void {
  checkDate(e, 'effectiveFrom', v.effectiveFrom, null, 'start date');
  checkDate(e, 'reviewDueOn', v.reviewDueOn, v.effectiveFrom, 'review date');
  if (check === 'sign' && blank(v.clientStatement)) e.clientStatement = 'Write what the client wants from treatment, in their words.';
  if (check === 'sign' && v.version >= 2 && blank(v.changeSummary)) e.changeSummary = 'Summarise what this revision changes.';
  if (check === 'sign' && v.strengths.filter((s) => !blank(s)).length === 0) e.strengths = 'List at least one strength.';
  if (check === 'sign' && blank(v.dischargeCriteria.text)) e['dischargeCriteria.text'] = 'Write the discharge criteria discussed with the client.';
  if (check === 'sign' && v.problems.length === 0) e.problems = 'Add at least one problem with a goal.';
  v.services.forEach((s, k) => {
    const p = `services.${String(k)}`;
    if (!isNum(s.minutesPerSession) || s.minutesPerSession <= 0) e[`${p}.minutesPerSession`] = 'Enter the minutes per session as a number above 0.';
    if (!isNum(s.sessionsPerWeek) || s.sessionsPerWeek <= 0) e[`${p}.sessionsPerWeek`] = 'Enter the sessions per week as a number above 0.';
    if (s.durationWeeks !== null && !isPosInt(s.durationWeeks)) e[`${p}.durationWeeks`] = 'Enter the duration as whole weeks, or leave it empty.';
  });
  v.targetBehaviours.forEach((t, k) => {
    const p = `targetBehaviours.${String(k)}`;
    if (blank(t.label)) e[`${p}.label`] = 'Name the behaviour.';
    if (t.weeklyTarget && (!isNum(t.weeklyTarget.value) || t.weeklyTarget.value < 0))
      e[`${p}.weeklyTarget.value`] = 'Enter the weekly target as a number of 0 or more.';
  });
}

/** Field errors of a plan version for saving a draft or for signing; empty when there are none. */
export function validatePlanVersion(v: TreatmentPlanVersion, check: PlanCheck): FieldErrors {
  const e: Errors = {};
  checkPlanFields(e, v, check);
  Object.assign(e, diagnosisErrors(v));
  const behaviours = new Set(v.targetBehaviours.map((t) => t.behaviourId));
  v.problems.forEach((p, k) => {
    checkProblem(e, `problems.${String(k)}`, p, v, check, behaviours);
  });
  return e;
}

/** Planned hours per week from the services (§1.2), and whether it is under the IOP minimum of 9 (42 CFR 424.24(d)(1)). */
export function plannedHoursPerWeek(v: Pick<TreatmentPlanVersion, 'services'>): { readonly hours: number; readonly belowIopMinimum: boolean } {
  const minutes = v.services.reduce((a, s) => a + (isNum(s.minutesPerSession) && isNum(s.sessionsPerWeek) ? s.minutesPerSession * s.sessionsPerWeek : 0), 0);
  return { hours: Math.round((minutes / 60) * 100) / 100, belowIopMinimum: minutes < 9 * 60 };
}

/** The planned hours a week in words, and the IOP warning when an IOP plan plans fewer than 9 hours (null otherwise). */
export function iopHoursCheck(v: Pick<TreatmentPlanVersion, 'services' | 'levelOfCare'>): { readonly summary: string; readonly warning: string | null } {
  const { hours, belowIopMinimum } = plannedHoursPerWeek(v);
  const summary = `Planned: ${String(hours)} hour${hours === 1 ? '' : 's'} a week of services.`;
  const iop = v.levelOfCare.code.toUpperCase() === 'IOP';
  return {
    summary,
    warning:
      iop && belowIopMinimum
        ? `An intensive outpatient plan needs at least 9 hours a week of services (Medicare, 42 CFR 424.24(d)(1)); this plan has ${String(hours)}.`
        : null,
  };
}
