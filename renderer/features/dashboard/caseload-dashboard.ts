/**
 * The dashboard's alerts and caseload rows, from the clients' summaries (what the screen shows) or straight from
 * their records (the reference the summaries are tested against; the bench's "before").
 */
import type { ProgressRuleParams } from '../../../shared/progress';
import { settleSummary } from '../../../shared/progress/alerts/client-summary';
import { clientDisplayName, type Client } from '../../../shared/domain/client';
import {
  arrangeCaseloadAlerts,
  caseloadFigures,
  type AlertClientInput,
  type AlertClock,
  type CaseloadAlerts,
  type CaseloadFigures,
} from '../../../shared/progress/alerts';
import type { ClinicRecord } from '../../db';
import { alertInputOf, newestEvidenceAt } from './alert-inputs';
import type { CaseloadData } from './caseload-loader';
import type { SummaryCaseload } from './caseload-summaries';
import { feedsFromEvidence } from './progress-feeds';
import { toSnoozes } from './snooze-records';

export interface CaseloadRow {
  readonly clientId: string;
  readonly name: string;
  readonly levelOfCare: string;
  readonly figures: CaseloadFigures;
}

/** A client in scope that is not on the dashboard because its records could not be read. */
export interface LeftOutClient {
  readonly clientId: string;
  readonly name: string;
}

export interface CaseloadDashboard {
  readonly today: string;
  readonly alerts: CaseloadAlerts;
  readonly rows: readonly CaseloadRow[];
  /** Clients in scope missing from `rows` and `alerts` (an alert of theirs would be missing too): the screen says so. */
  readonly leftOut: readonly LeftOutClient[];
}

interface Entry {
  readonly input: AlertClientInput;
  readonly levelOfCare: string;
}

function arrange(entries: readonly Entry[], snoozes: readonly ClinicRecord[], clock: AlertClock, today: string): Omit<CaseloadDashboard, 'leftOut'> {
  const rows = entries.map(({ input, levelOfCare }) => ({
    clientId: input.clientId,
    name: input.clientName,
    levelOfCare,
    figures: caseloadFigures(input, clock),
  }));
  const alerts = arrangeCaseloadAlerts(
    entries.map((e) => e.input),
    toSnoozes(snoozes),
    clock,
  );
  return { today, alerts, rows: rows.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** The dashboard at `clock.now` from the clients' summaries; `today` is the clinic day of `clock.now`. */
export function dashboardFromSummaries(data: SummaryCaseload, clock: AlertClock, today: string): CaseloadDashboard {
  const nowIso = clock.now.toISOString();
  const unsettled: Client[] = [];
  const entries = data.clients.flatMap(({ client, summary }) => {
    const live = { clientName: clientDisplayName(client), admissionDate: client.admissionDate };
    // The store hands out only summaries that hold on today; one that does not is left out, never guessed.
    const input = settleSummary(summary, live, today, nowIso);
    if (!input) unsettled.push(client);
    return input ? [{ input, levelOfCare: client.levelOfCare }] : [];
  });
  const leftOut = [...data.unread, ...unsettled].map((c) => ({ clientId: c.id, name: clientDisplayName(c) }));
  return { ...arrange(entries, data.snoozes, clock, today), leftOut: leftOut.sort((a, b) => a.name.localeCompare(b.name)) };
}

/** The dashboard at `clock.now` straight from the clients' records, as it was computed before the summaries. */
export function dashboardFromRecords(data: CaseloadData, clock: AlertClock, today: string, params?: ProgressRuleParams): CaseloadDashboard {
  const entries = data.clients.map((r) => {
    const feeds = feedsFromEvidence(r.evidence, r.reviews, newestEvidenceAt(r, clock.now), params);
    return { input: alertInputOf(r, feeds, clock.now, today), levelOfCare: r.client.levelOfCare };
  });
  return { ...arrange(entries, data.snoozes, clock, today), leftOut: [] };
}
