/**
 * Rule parameters of the recommendation engine (progress.md §5.3 "Parameters", §11.2), editable per clinic. Reliable
 * change and the band-derived ceilings are read from shared/instruments (instruments.md §12, §15.1) so the two
 * libraries cannot drift; the few numbers no instrument definition holds are cited where they are set.
 */
import { getInstrument } from '../../instruments';
import type { InstrumentId } from '../../instruments';

/** The rule-set version stored with every review (§5.3, §11.2). */
export const RULE_SET_VERSION = 'waypoint-progress-rules/1';

/** Per-instrument thresholds, in the instrument's total points (higher = worse for every instrument here). */
export interface InstrumentRuleParams {
  /** Reliable change, inclusive. */
  readonly rc: number;
  /** Clinical cut-off: first score of the clinical range. */
  readonly cutoff: number;
  /** Step-down ceiling (rule 9). */
  readonly stepDown: number;
  /** Remission ceiling (rule 8). */
  readonly remission: number;
  /** Smallest fall from baseline that counts as an adequate response (rule 10). */
  readonly adequate: number;
}

/** Every setting of §5.3 with its JSON name. */
export interface ProgressRuleParams {
  readonly ruleSetVersion: string;
  readonly attendanceWindowDays: number;
  readonly highSafetyIntensifyDays: number;
  readonly lowerSafetyGateDays: number;
  readonly highSafetyGateDays: number;
  readonly intensifyOnLowerEvents: boolean;
  readonly lowAttendancePct: number;
  readonly stepDownAttendancePct: number;
  readonly minAttendanceDenominator: number;
  readonly disengagedDaysSinceAttended: number;
  readonly disengagedConsecutiveMissed: number;
  readonly measureStaleDays: number;
  readonly nonResponseMinDays: number;
  readonly substanceUseIntensifyDays: number;
  readonly substanceUnknownMaxDays: number;
  readonly dischargeObjectivesMetPct: number;
  readonly stepDownRequiresObjectivesMetPct: number;
  readonly stepDownConsecutive: number;
  readonly instruments: Readonly<Partial<Record<InstrumentId, InstrumentRuleParams>>>;
}

/** The instruments' own default reliable-change threshold (instruments.md §15.1). */
function reliableChange(id: InstrumentId): number {
  const points = getInstrument(id)?.change.reliableChangePoints ?? null;
  if (points === null) throw new Error(`${id} has no default reliable-change threshold`);
  return points;
}

/** The bounds of one band of an instrument's total at default settings. */
function band(id: InstrumentId, bandId: string): { min: number; max: number } {
  const found = getInstrument(id)?.bands.find((b) => b.id === bandId);
  if (!found) throw new Error(`${id} has no band ${bandId}`);
  return found;
}

/** PHQ-9 and GAD-7 share the Pfizer bands: cut-off at `moderate`, step-down = top of `mild`, remission = top of `minimal`. */
function pfizerRow(id: 'PHQ-9' | 'GAD-7', adequate: number): InstrumentRuleParams {
  return {
    rc: reliableChange(id),
    cutoff: band(id, 'moderate').min,
    stepDown: band(id, 'mild').max,
    remission: band(id, 'minimal').max,
    adequate,
  };
}

/** §5.3 instrument table. */
function defaultInstruments(): Partial<Record<InstrumentId, InstrumentRuleParams>> {
  const k10Rc = reliableChange('K10');
  return {
    // adequate 5: MCID, Löwe 2004 [V]; cut-off 10 Kroenke 2001 [V]; ≤ 9 top of mild; remission < 5 [V].
    'PHQ-9': pfizerRow('PHQ-9', 5),
    // adequate 4: MCID [V]; §10.5: GAD-7 reliable change 4 (not 6) by default.
    'GAD-7': pfizerRow('GAD-7', 4),
    'PCL-5': {
      rc: reliableChange('PCL-5'),
      cutoff: band('PCL-5', 'probable_ptsd').min, // 33 [V]
      stepDown: band('PCL-5', 'below_cutoff').max,
      remission: 28, // Marx 2022 CSC ≤ 28 [V]; not an instrument band
      adequate: 10, // NCPTSD "clinically meaningful" [S]
    },
    // K10 1–5 scoring: cut-off = start of `high`, step-down = top of `moderate`, remission = top of `low`; adequate WD = rc.
    K10: { rc: k10Rc, cutoff: band('K10', 'high').min, stepDown: band('K10', 'moderate').max, remission: band('K10', 'low').max, adequate: k10Rc },
  };
}

/** Deep-freezes a parameter set so a stored review cannot be changed through the returned object. */
function freezeParams(params: ProgressRuleParams): ProgressRuleParams {
  const instruments: Partial<Record<InstrumentId, InstrumentRuleParams>> = Object.fromEntries(
    Object.entries(params.instruments).map(([id, row]) => [id, Object.freeze({ ...row })]),
  );
  return Object.freeze({ ...params, instruments: Object.freeze(instruments) });
}

/** The §5.3 defaults (`waypoint-progress-rules/1`), frozen; every number is a setting (§11). */
export const DEFAULT_PROGRESS_RULE_PARAMS: ProgressRuleParams = freezeParams({
  ruleSetVersion: RULE_SET_VERSION,
  attendanceWindowDays: 28,
  highSafetyIntensifyDays: 14,
  lowerSafetyGateDays: 14,
  highSafetyGateDays: 30,
  intensifyOnLowerEvents: false,
  lowAttendancePct: 60,
  stepDownAttendancePct: 80,
  minAttendanceDenominator: 4,
  disengagedDaysSinceAttended: 14,
  disengagedConsecutiveMissed: 3,
  measureStaleDays: 14,
  nonResponseMinDays: 28,
  substanceUseIntensifyDays: 3,
  substanceUnknownMaxDays: 2,
  dischargeObjectivesMetPct: 100,
  stepDownRequiresObjectivesMetPct: 0,
  stepDownConsecutive: 2,
  instruments: defaultInstruments(),
});

/**
 * Defaults overlaid with a clinic's overrides, as a frozen copy. A key given as `undefined` keeps its default.
 * `instruments` merges by instrument id: a given row replaces that instrument's row, instruments not named keep
 * their defaults (a clinic can also add an instrument).
 */
export function resolveProgressRuleParams(overrides?: Partial<ProgressRuleParams>): ProgressRuleParams {
  const base = DEFAULT_PROGRESS_RULE_PARAMS;
  const given = Object.fromEntries(Object.entries(overrides ?? {}).filter(([, value]: [string, unknown]) => value !== undefined));
  return freezeParams({
    ...base,
    ...given,
    instruments: { ...base.instruments, ...overrides?.instruments },
  });
}
