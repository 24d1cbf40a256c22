import type { UnlockResult } from '../../vault/vault';

/** What to tell the user after a failed unlock attempt. */
export function unlockFailureMessage(result: Exclude<UnlockResult, { ok: true }>, what: 'passphrase' | 'recovery key' | 'one-time code'): string {
  const seconds = Math.ceil(result.waitMs / 1000);
  const wait = seconds > 0 ? ` Wait ${seconds} second${seconds === 1 ? '' : 's'} before trying again.` : '';
  switch (result.reason) {
    case 'deactivated': {
      const on = new Date(result.deactivatedAt).toLocaleDateString(undefined, { dateStyle: 'long' });
      return `Your account was deactivated by ${result.deactivatedBy} on ${on}. Ask a clinic admin to reactivate it.`;
    }
    case 'unknown-user':
      return 'That person cannot unlock Waypoint on this laptop. Choose your name from the list.';
    case 'wait':
      return `Too many wrong attempts.${wait}`;
    case 'wrong-secret':
      if (what === 'one-time code') return `That one-time code is not right. Check it with your clinic admin.${wait}`;
      return what === 'passphrase'
        ? `That passphrase is not right. Check Caps Lock and try again.${wait}`
        : `That recovery key does not unlock this clinic.${wait}`;
  }
}
