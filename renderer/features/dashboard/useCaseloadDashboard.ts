import { useEffect, useMemo, useState } from 'react';
import {
  arrangeCaseloadAlerts,
  caseloadFigures,
  clinicDayOf,
  type AlertClock,
  type CaseloadAlerts,
  type CaseloadFigures,
} from '../../../shared/progress/alerts';
import { useLiveQuery } from '../../db';
import { useClinicTimeZone } from '../../session';
import { useClinicRuleParams } from '../reviews';
import { alertInputOf, newestEvidenceAt } from './alert-inputs';
import { watchCaseload, type CaseloadScope } from './caseload-loader';
import { feedsFromEvidence } from './progress-feeds';
import { toSnoozes } from './snooze-records';

/** The current instant, moved on every minute so day-based alerts roll over without new data. */
export function useClock(): AlertClock {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => {
      setNow(new Date());
    }, 60_000);
    return () => {
      clearInterval(timer);
    };
  }, []);
  const timeZone = useClinicTimeZone();
  return useMemo(() => ({ now, timeZone }), [now, timeZone]);
}

export interface CaseloadRow {
  readonly clientId: string;
  readonly name: string;
  readonly levelOfCare: string;
  readonly figures: CaseloadFigures;
}

export interface CaseloadDashboard {
  readonly today: string;
  readonly alerts: CaseloadAlerts;
  readonly rows: readonly CaseloadRow[];
}

/** Alerts and caseload rows of the clients in scope, computed offline and kept live. */
export function useCaseloadDashboard(scope: CaseloadScope) {
  const tick = useClock();
  const today = clinicDayOf(tick.now.toISOString(), tick.timeZone);
  const scopeKey = scope.kind === 'all' ? 'all' : scope.ids.join(',');
  const { data, error } = useLiveQuery((db) => watchCaseload(db, scope, today), [scopeKey, today]);
  // The clinic's own rule parameters, as the Overview and the review screen use them.
  const ruleParams = useClinicRuleParams()?.params;
  const dashboard = useMemo<CaseloadDashboard | null>(() => {
    if (!data) return null;
    // Read the time now, not at the last tick: a record written a moment ago must not count as in the future.
    const clock = { now: new Date(), timeZone: tick.timeZone };
    const feeds = (r: (typeof data.clients)[number]) => feedsFromEvidence(r.evidence, r.reviews, newestEvidenceAt(r, clock.now), ruleParams);
    const entries = data.clients.map((r) => ({ r, input: alertInputOf(r, feeds(r), clock.now, today) }));
    const rows = entries.map(({ r, input }) => ({
      clientId: r.client.id,
      name: input.clientName,
      levelOfCare: r.client.levelOfCare,
      figures: caseloadFigures(input, clock),
    }));
    const alerts = arrangeCaseloadAlerts(
      entries.map((e) => e.input),
      toSnoozes(data.snoozes),
      clock,
    );
    return { today, alerts, rows: rows.sort((a, b) => a.name.localeCompare(b.name)) };
  }, [data, tick, today, ruleParams]);
  return { data: dashboard, error };
}
