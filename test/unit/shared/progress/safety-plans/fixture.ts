import type { PlanEntry, SafetyPlanKind, SafetyPlanVersion } from '../../../../../shared/progress/safety-plans';
import { newSafetyPlan } from '../../../../../shared/progress/safety-plans';

export const line = (text: string, detail = '', phone = ''): PlanEntry => ({ text, detail, phone });

/** A plan of the kind with every section filled and the client present: ready to sign. */
export function completePlan(kind: SafetyPlanKind = 'safety_plan', over: Partial<SafetyPlanVersion> = {}): SafetyPlanVersion {
  const start = newSafetyPlan({ versionId: 'sv1', planId: 'sp1', kind, clientId: 'c1', effectiveFrom: '2026-12-04' });
  const sections = Object.fromEntries(Object.entries(start.sections).map(([id, entries]) => [id, entries.length > 0 ? entries : [line(`${id} line`)]]));
  return { ...start, sections, reasonsForLiving: kind === 'safety_plan' ? 'My daughter' : '', createdWithClientPresent: true, ...over };
}
