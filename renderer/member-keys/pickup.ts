import type { KeyGeneration } from '../../shared/crypto/key-generations';
import type { CryptoProvider } from '../../shared/crypto/provider';
import { certifiedAdminCheck } from '../../shared/sync/member-keys';
import type { WaypointDatabase } from '../db';
import { readKeyRecords } from '../db';
import type { SigningSession } from '../signing/signing-session';
import { keyDirectoryOf } from '../signing/trust';
import { webCryptoChecker } from '../signing/webcrypto-signing';
import { createCouchHttp } from '../sync/couch-http';
import type { FetchLike, SyncCredentials } from '../sync/encrypting-fetch';
import { fetchMemberKeys } from '../sync/key-rotation';
import { quarantinePulled } from '../sync/sync-records';
import { KEYRING_COLLECTION } from '../../shared/sync/couch-names';
import { importGenerations, keepGenerations, readHeldGenerations } from './local-keys';
import { openEncryptionKey } from './publish';

export interface PickupTarget {
  readonly url: string;
  readonly clinicId: string;
  readonly credentials: SyncCredentials;
  readonly fetch?: FetchLike;
}

/**
 * When sync starts: publishes this user's encryption key, fetches the rotated sync keys waiting for it in the keyring
 * (only wrappings signed by a certified admin key not revoked by their date; others are set aside), keeps them, and returns every rotated generation this laptop
 * holds. The server being out of reach is not an error: the generations already held are returned.
 */
export async function pickUpSyncKeys(
  db: WaypointDatabase,
  signing: SigningSession,
  master: Uint8Array,
  target: PickupTarget,
  deps: { readonly crypto: CryptoProvider; readonly now: Date },
): Promise<KeyGeneration[]> {
  const { crypto } = deps;
  // One owner for the whole pick-up: its local wrap key is derived once (local-keys.ts).
  const owner = { crypto, store: signing.store, master, personal: signing.personal, laptopId: signing.laptopId, userId: signing.userId };
  const own = await openEncryptionKey(db, signing, owner, deps.now);
  const dir = await keyDirectoryOf(await readKeyRecords(db), signing);
  const http = createCouchHttp({ url: target.url, credentials: target.credentials, ...(target.fetch ? { fetch: target.fetch } : {}) });
  const issuerCheck = certifiedAdminCheck(dir, webCryptoChecker);
  const received = await fetchMemberKeys(http, { crypto, clinicId: target.clinicId, userId: signing.userId, own, issuerCheck }).catch(() => ({
    keys: new Map<number, Uint8Array>(),
    refused: [],
  }));
  if (received.keys.size > 0) await keepGenerations(owner, received.keys);
  // A refused wrapping is set aside and listed on the Conflicts screen with its reason, like an unreadable row.
  for (const r of received.refused) {
    await quarantinePulled(db, { collection: KEYRING_COLLECTION, id: r.id, rev: r.rev, deleted: false, problem: r.reason }, deps.now);
  }
  return importGenerations(crypto, await readHeldGenerations(owner));
}
