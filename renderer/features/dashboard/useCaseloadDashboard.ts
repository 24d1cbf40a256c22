import { useEffect, useMemo, useState } from 'react';
import { clinicDayOf, type AlertClock } from '../../../shared/progress/alerts';
import { useLiveQuery } from '../../db';
import { useClinicTimeZone } from '../../session';
import { dashboardFromSummaries, type CaseloadDashboard } from './caseload-dashboard';
import type { CaseloadScope } from './caseload-loader';
import { watchCaseloadSummaries } from './caseload-summaries';

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

export type { CaseloadDashboard, CaseloadRow } from './caseload-dashboard';

/** Alerts and caseload rows of the clients in scope, computed offline from their summaries and kept live. */
export function useCaseloadDashboard(scope: CaseloadScope) {
  const tick = useClock();
  const today = clinicDayOf(tick.now.toISOString(), tick.timeZone);
  const scopeKey = scope.kind === 'all' ? 'all' : scope.ids.join(',');
  const { data, error } = useLiveQuery((db) => watchCaseloadSummaries(db, scope, today), [scopeKey, today]);
  const dashboard = useMemo<CaseloadDashboard | null>(() => {
    if (!data) return null;
    // Read the time now, not at the last tick: a record written a moment ago must not count as in the future.
    return dashboardFromSummaries(data, { now: new Date(), timeZone: tick.timeZone }, today);
  }, [data, tick, today]);
  return { data: dashboard, error };
}
