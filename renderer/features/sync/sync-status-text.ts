import { STORAGE_FULL_SYNC_MESSAGE } from '../../../shared/storage-full';
import type { SyncStatus } from '../../../shared/sync/sync-status';

/** How the indicator shows a status: a short label, a colour and a sentence for the tooltip / screen readers. */
export interface SyncStatusText {
  readonly label: string;
  readonly color: 'gray.7' | 'blue.8' | 'teal.9' | 'red.8';
  readonly detail: string;
}

const clockTime = (iso: string, locale: string | undefined): string => new Date(iso).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

/** Words for a status; times in the user's locale (`locale` undefined = the system's). */
export function syncStatusText(status: SyncStatus, locale?: string): SyncStatusText {
  const text = stateText(status, locale);
  if (!status.retryAt || status.state === 'up-to-date') return text;
  // The server throttled sync (429): say when it is asked again, so a wait does not look like a hang.
  const at = clockTime(status.retryAt, locale);
  return { ...text, label: `${text.label}, retry ${at}`, detail: `${text.detail} The server asked Waypoint to wait: sync tries again at ${at}.` };
}

function stateText(status: SyncStatus, locale: string | undefined): SyncStatusText {
  const time = status.lastSyncedAt ? clockTime(status.lastSyncedAt, locale) : null;
  const changes = (n: number): string => `${n} change${n === 1 ? '' : 's'}`;
  switch (status.state) {
    case 'offline':
      return {
        label: 'Offline',
        color: 'gray.7',
        detail: `The clinic server cannot be reached. Work is saved on this laptop${status.pending > 0 ? ` (${changes(status.pending)} waiting)` : ''} and syncs when it is back.`,
      };
    case 'syncing':
      return {
        label: status.pending > 0 ? `Syncing, ${status.pending} left` : 'Syncing',
        color: 'blue.8',
        detail: 'Exchanging changes with the clinic server.',
      };
    case 'behind':
      return { label: 'Behind', color: 'blue.8', detail: 'The clinic server has changes this laptop has not received yet. Fetching them again.' };
    case 'up-to-date':
      return { label: time ? `Up to date (${time})` : 'Up to date', color: 'teal.9', detail: 'Everything on this laptop is on the clinic server.' };
    case 'error':
      return {
        // A full disk is not the server's fault and needs the user, not a retry: say sync waits.
        label: status.error === STORAGE_FULL_SYNC_MESSAGE ? 'Sync paused: disk full' : 'Sync error',
        color: 'red.8',
        detail: `${status.error ?? 'Sync stopped.'} Your work is kept on this laptop${status.pending > 0 ? ` (${changes(status.pending)} waiting)` : ''}.`,
      };
  }
}
