import type { ClinicRecord } from '../../../shared/domain/records';
import { resolveProgressRuleParams, validateProgressRuleParams, type ProgressRuleParams } from '../../../shared/progress';

/** Where the clinic's recommendation rule parameters are stored: 'settings' clinic records with this reference (§5.3, §11). */
export const RULE_PARAMS_REF = { collection: 'progress', id: 'rule-params' } as const;

/** The clinic's parameters in force and where they came from. */
export interface ClinicRuleParams {
  readonly params: ProgressRuleParams;
  /** The settings record in force; '' when the §5.3 defaults apply. */
  readonly recordId: string;
  /** When and by whom they were last saved; '' for the defaults. */
  readonly savedAt: string;
  readonly savedBy: string;
}

/**
 * The newest valid parameter record wins; a record that no longer validates (e.g. written by a newer rule set) is
 * skipped, so the engine always runs on a set it accepts.
 */
export function clinicRuleParamsOf(records: readonly ClinicRecord[]): ClinicRuleParams {
  const mine = records
    .filter((r) => r.kind === 'settings' && r.refCollection === RULE_PARAMS_REF.collection && r.refId === RULE_PARAMS_REF.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const r of mine) {
    const params = resolveProgressRuleParams(r.data); // validated on the next line
    if (validateProgressRuleParams(params).length === 0) return { params, recordId: r.id, savedAt: r.createdAt, savedBy: r.authorId };
  }
  return { params: resolveProgressRuleParams(), recordId: '', savedAt: '', savedBy: '' };
}
