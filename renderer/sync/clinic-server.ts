import { z } from 'zod';
import { clinicDbName, clinicRole, KEYRING_COLLECTION } from '../../shared/sync/couch-names';
import { keyringDesignDoc, validationRulesFor, waypointDesignDoc } from '../../shared/sync/validate-doc-update';
import { assertCouchDb, createCouchHttp, type CouchHttp } from './couch-http';
import type { FetchLike, SyncCredentials } from './encrypting-fetch';
import { NotServerAdminError, UnexpectedServerError } from './server-errors';

/**
 * Provisioning a clinic over the CouchDB HTTP API with the server admin's credentials (used once, by the clinic
 * admin): one database per collection plus the keyring, `_security` letting in only the clinic's role, and the
 * `_design/waypoint` guard. Idempotent: running it again updates the guard and security and keeps the data.
 */

export interface ProvisionOptions {
  readonly url: string;
  readonly admin: SyncCredentials;
  readonly clinicId: string;
  /** Per collection: its name and the routing fields every document must carry (renderer/db SYNC_PLANS). */
  readonly collections: readonly {
    readonly collection: string;
    readonly requiredFields: readonly string[];
    readonly acceptedClearFields?: readonly string[];
  }[];
  readonly fetch?: FetchLike;
}

export interface ProvisionedClinic {
  readonly url: string;
  readonly role: string;
  /** Database name per collection, including `keyring`. */
  readonly databases: Readonly<Record<string, string>>;
}

const session = z.looseObject({ userCtx: z.looseObject({ name: z.string().nullable(), roles: z.array(z.string()) }) });
const revOnly = z.looseObject({ _rev: z.string(), validate_doc_update: z.string().optional() });

/** Connects as the server admin: the root must be CouchDB and the credentials must carry `_admin`. */
export async function connectAsAdmin(options: { url: string; admin: SyncCredentials; fetch?: FetchLike }): Promise<CouchHttp> {
  const http = createCouchHttp({ url: options.url, credentials: options.admin, ...(options.fetch ? { fetch: options.fetch } : {}) });
  await assertCouchDb(http);
  const { json } = await http.request('GET', '/_session');
  const parsed = session.safeParse(json);
  if (!parsed.success) throw new UnexpectedServerError(http.url, '/_session is not CouchDB-shaped');
  if (!parsed.data.userCtx.roles.includes('_admin')) throw new NotServerAdminError(http.url);
  return http;
}

async function ensureDatabase(http: CouchHttp, db: string): Promise<void> {
  const { status } = await http.request('PUT', `/${encodeURIComponent(db)}`);
  // 412: it exists already, which is fine on a second run.
  if (status !== 201 && status !== 202 && status !== 412) throw new UnexpectedServerError(http.url, `creating ${db} answered HTTP ${status}`);
}

async function putSecurity(http: CouchHttp, db: string, role: string): Promise<void> {
  // admins left empty: only server admins administer the database; members: only the clinic's role may read/write.
  const security = { admins: { names: [], roles: [] }, members: { names: [], roles: [role] } };
  const { status } = await http.request('PUT', `/${encodeURIComponent(db)}/_security`, security);
  if (status !== 200 && status !== 201) throw new UnexpectedServerError(http.url, `setting _security of ${db} answered HTTP ${status}`);
}

async function putDesignDoc(http: CouchHttp, db: string, doc: ReturnType<typeof waypointDesignDoc>): Promise<void> {
  const path = `/${encodeURIComponent(db)}/_design/waypoint`;
  const current = await http.request('GET', path);
  const existing = current.status === 200 ? revOnly.safeParse(current.json) : null;
  if (existing?.success && existing.data.validate_doc_update === doc.validate_doc_update) return;
  const body = existing?.success ? { ...doc, _rev: existing.data._rev } : doc;
  const { status } = await http.request('PUT', path, body);
  if (status !== 201 && status !== 202) throw new UnexpectedServerError(http.url, `installing the guard of ${db} answered HTTP ${status}`);
}

/** Creates or updates everything the clinic needs on the server. */
export async function provisionClinic(options: ProvisionOptions): Promise<ProvisionedClinic> {
  const http = await connectAsAdmin(options);
  const role = clinicRole(options.clinicId);
  const databases: Record<string, string> = {};
  for (const { collection, requiredFields, acceptedClearFields } of options.collections) {
    const db = clinicDbName(options.clinicId, collection);
    await ensureDatabase(http, db);
    await putSecurity(http, db, role);
    await putDesignDoc(http, db, waypointDesignDoc(validationRulesFor(collection, requiredFields, acceptedClearFields)));
    databases[collection] = db;
  }
  const keyring = clinicDbName(options.clinicId, KEYRING_COLLECTION);
  await ensureDatabase(http, keyring);
  await putSecurity(http, keyring, role);
  await putDesignDoc(http, keyring, keyringDesignDoc());
  databases[KEYRING_COLLECTION] = keyring;
  return { url: http.url, role, databases };
}
