import { z } from 'zod';
import type { CryptoProvider } from '../../shared/crypto/provider';
import { clinicDbName, clinicRole, KEYRING_COLLECTION } from '../../shared/sync/couch-names';
import { randomPassword } from './clinic-keyring';
import type { CouchHttp } from './couch-http';
import { UnexpectedServerError } from './server-errors';

/*
 * Removing a staff member from the clinic server (issue 18 item 4d). Server admin only: the member's `_users`
 * document loses the clinic's role and gets a random password nobody knows, so CouchDB refuses their password and
 * their existing session cookie on the next request (roles are read per request; a cookie is bound to the password's
 * salt); an enrollment code still waiting for them is deleted.
 */

const userDocSchema = z.looseObject({ _rev: z.string(), roles: z.array(z.string()) });
const revSchema = z.looseObject({ _rev: z.string() });

/** What happened to one account: disabled now, or not on the server at all (nothing to disable). */
export type AccountRemoval = 'disabled' | 'absent';

async function deleteWaitingEnrollment(admin: CouchHttp, clinicId: string, username: string): Promise<void> {
  const path = `/${encodeURIComponent(clinicDbName(clinicId, KEYRING_COLLECTION))}/${encodeURIComponent(`enroll:${username}`)}`;
  const found = await admin.request('GET', path);
  const rev = found.status === 200 ? revSchema.safeParse(found.json) : null;
  if (!rev?.success) return;
  const { status } = await admin.request('DELETE', `${path}?rev=${encodeURIComponent(rev.data._rev)}`);
  if (status !== 200 && status !== 202) throw new UnexpectedServerError(admin.url, `removing the enrollment code answered HTTP ${status}`);
}

/** Disables one member's sync account of the clinic (server admin connection). */
export async function disableClinicAccount(admin: CouchHttp, crypto: CryptoProvider, clinicId: string, username: string): Promise<AccountRemoval> {
  await deleteWaitingEnrollment(admin, clinicId, username);
  const path = `/_users/${encodeURIComponent(`org.couchdb.user:${username}`)}`;
  const found = await admin.request('GET', path);
  if (found.status === 404) return 'absent';
  const doc = userDocSchema.safeParse(found.json);
  if (found.status !== 200 || !doc.success) throw new UnexpectedServerError(admin.url, `reading the account ${username} answered HTTP ${found.status}`);
  const roles = doc.data.roles.filter((r) => r !== clinicRole(clinicId));
  const { status } = await admin.request('PUT', path, { ...doc.data, roles, password: randomPassword(crypto) });
  if (status !== 201 && status !== 202) throw new UnexpectedServerError(admin.url, `disabling the account ${username} answered HTTP ${status}`);
  return 'disabled';
}

/** True when a server account of that name exists and holds the clinic's role (server admin connection). */
export async function isClinicAccount(admin: CouchHttp, clinicId: string, username: string): Promise<boolean> {
  const found = await admin.request('GET', `/_users/${encodeURIComponent(`org.couchdb.user:${username}`)}`);
  if (found.status === 404) return false;
  const doc = userDocSchema.safeParse(found.json);
  if (found.status !== 200 || !doc.success) throw new UnexpectedServerError(admin.url, `reading the account ${username} answered HTTP ${found.status}`);
  return doc.data.roles.includes(clinicRole(clinicId));
}
