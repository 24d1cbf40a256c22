import { AUDIT_ACTIONS, type AuditAction } from '../domain/audit';
import { isIsoDate } from '../domain/dates';
import { AUDIT_ACTION_LABELS, type AuditFilter } from './audit-view';

/** The viewer's filter fields as typed: ids and calendar days ("YYYY-MM-DD"), empty when unset. */
export interface AuditFilterForm {
  readonly actorId: string;
  readonly clientId: string;
  readonly action: string;
  readonly from: string;
  readonly to: string;
}

export const EMPTY_AUDIT_FILTER_FORM: AuditFilterForm = { actorId: '', clientId: '', action: '', from: '', to: '' };

export type AuditFilterResult =
  { readonly ok: true; readonly filter: AuditFilter } | { readonly ok: false; readonly field: 'from' | 'to'; readonly message: string };

function isAction(text: string): text is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(text);
}

/** The day after an ISO date (calendar arithmetic in UTC, so no time zone moves it). */
export function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The filter a form asks for; the date range covers whole days from `from` through `to`, each day starting at
 * `startOfDay(day)` (the user's local midnight, as an ISO instant).
 */
export function auditFilterOf(form: AuditFilterForm, startOfDay: (isoDate: string) => string): AuditFilterResult {
  if (form.from && !isIsoDate(form.from)) return { ok: false, field: 'from', message: 'Enter a date as YYYY-MM-DD.' };
  if (form.to && !isIsoDate(form.to)) return { ok: false, field: 'to', message: 'Enter a date as YYYY-MM-DD.' };
  if (form.from && form.to && form.to < form.from) return { ok: false, field: 'to', message: 'The end date is before the start date.' };
  return {
    ok: true,
    filter: {
      ...(form.actorId ? { actorId: form.actorId } : {}),
      ...(form.clientId ? { clientId: form.clientId } : {}),
      ...(isAction(form.action) ? { action: form.action } : {}),
      ...(form.from ? { fromAt: startOfDay(form.from) } : {}),
      ...(form.to ? { toAt: startOfDay(nextDay(form.to)) } : {}),
    },
  };
}

/** The filters in words for the export's audit event ("all events" when none). */
export function describeAuditFilter(
  form: AuditFilterForm,
  names: { readonly clientNames: ReadonlyMap<string, string>; readonly staffNames: ReadonlyMap<string, string> },
): string {
  const parts = [
    form.actorId ? `by ${names.staffNames.get(form.actorId) ?? form.actorId}` : '',
    form.clientId ? `client ${names.clientNames.get(form.clientId) ?? form.clientId}` : '',
    isAction(form.action) ? `action ${AUDIT_ACTION_LABELS[form.action]}` : '',
    form.from || form.to ? `${form.from || 'the start'} to ${form.to || 'today'}` : '',
  ].filter(Boolean);
  return parts.length > 0 ? parts.join('; ') : 'all events';
}
