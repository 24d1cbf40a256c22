/** Computes every client's §6.2 alerts and arranges them the way §6.1 shows them. */
import { clinicDayOf } from './clinic-day';
import { FIRE_RULES, type AlertContext } from './fire-rules';
import { activeSnooze, type AlertSnooze } from './snooze';
import { ALERT_RANK, DEFAULT_ALERT_PARAMS, isSafetyAlert, type AlertClientInput, type AlertParams, type CaseloadAlert } from './types';

/** When and where the alerts are computed: `now` and the clinic's IANA time zone are parameters (§0.1). */
export interface AlertClock {
  readonly now: Date;
  readonly timeZone: string;
}

export function alertContext(clock: AlertClock, params: Partial<AlertParams> = {}): AlertContext {
  const { timeZone } = clock;
  return { today: clinicDayOf(clock.now.toISOString(), timeZone), dayOf: (i) => clinicDayOf(i, timeZone), params: { ...DEFAULT_ALERT_PARAMS, ...params } };
}

/** Precedence, then age (oldest first), then client name, then client id (§6.1). */
export function compareAlerts(a: CaseloadAlert, b: CaseloadAlert): number {
  return a.rank - b.rank || a.since.localeCompare(b.since) || a.clientName.localeCompare(b.clientName) || a.clientId.localeCompare(b.clientId);
}

/** One client's alerts, in precedence order; snoozes are not applied here. */
export function computeClientAlerts(input: AlertClientInput, clock: AlertClock, params?: Partial<AlertParams>): CaseloadAlert[] {
  const x = alertContext(clock, params);
  return FIRE_RULES.flatMap((rule) => {
    const fired = rule(input, x);
    return fired === null ? [] : Array.isArray(fired) ? fired : [fired];
  })
    .map((f) => ({ ...f, rank: ALERT_RANK[f.id], clientId: input.clientId, clientName: input.clientName }))
    .sort(compareAlerts);
}

/** The dashboard's alert sections (§6.1). */
export interface CaseloadAlerts {
  /** Alerts 1–2, oldest first: never snoozed, never collapsed. */
  readonly safety: readonly CaseloadAlert[];
  /** Alerts 3–9 not snoozed, by precedence, age, name. */
  readonly needsAction: readonly CaseloadAlert[];
  /** Alerts 10–14 not snoozed, same order. */
  readonly other: readonly CaseloadAlert[];
  /** Snoozed alerts with the snooze that hides them. */
  readonly snoozed: readonly { readonly alert: CaseloadAlert; readonly snooze: AlertSnooze }[];
  /** Each client's highest-precedence alert that is not snoozed. */
  readonly topByClient: ReadonlyMap<string, CaseloadAlert>;
}

/** Every client's alerts split into the dashboard's sections, snoozes (merged as a union) applied. */
export function arrangeCaseloadAlerts(
  inputs: readonly AlertClientInput[],
  snoozes: readonly AlertSnooze[],
  clock: AlertClock,
  params?: Partial<AlertParams>,
): CaseloadAlerts {
  const today = alertContext(clock, params).today;
  const all = inputs.flatMap((input) => computeClientAlerts(input, clock, params)).sort(compareAlerts);
  const shown: CaseloadAlert[] = [];
  const snoozed: { alert: CaseloadAlert; snooze: AlertSnooze }[] = [];
  for (const alert of all) {
    const snooze = isSafetyAlert(alert.id) ? null : activeSnooze(alert, snoozes, today);
    if (snooze) snoozed.push({ alert, snooze });
    else shown.push(alert);
  }
  const topByClient = new Map<string, CaseloadAlert>();
  for (const alert of shown) if (!topByClient.has(alert.clientId)) topByClient.set(alert.clientId, alert);
  return {
    safety: shown.filter((a) => a.rank <= 2),
    needsAction: shown.filter((a) => a.rank >= 3 && a.rank <= 9),
    other: shown.filter((a) => a.rank >= 10),
    snoozed,
    topByClient,
  };
}
