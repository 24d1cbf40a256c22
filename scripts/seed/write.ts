import type { RxCollection } from 'rxdb/plugins/core';
import type { WaypointDatabase } from '../../renderer/db';
import type { SyntheticClinic } from './generate';

// Big enough to amortize IndexedDB transactions, small enough that one batch's envelopes stay a few MB.
const BATCH = 1_000;

/** Inserts documents in batches through the collection, so they pass RxDB and the sealed storage like app writes. */
export async function insertBatched<T>(collection: RxCollection<T>, docs: readonly T[], batch: number = BATCH): Promise<void> {
  for (let start = 0; start < docs.length; start += batch) {
    const { error } = await collection.bulkInsert(docs.slice(start, start + batch));
    const first = error[0];
    if (first) throw new Error(`seeding ${collection.name} failed: ${String(first.status)} on ${first.documentId}`);
  }
}

/**
 * Writes a synthetic clinic through the app's database (RxDB collections over the sealed Dexie storage). Bulk inserts
 * rather than one `insertNote` per record: the sealing path per document is the same, and 200k single inserts would
 * measure transaction overhead instead of the clinic.
 */
export async function writeClinic(db: WaypointDatabase, clinic: SyntheticClinic): Promise<void> {
  const adminId = clinic.staff[0]?.id ?? '';
  await insertBatched(
    db.staff,
    clinic.staff.map((s) => ({ ...s, authorId: adminId })),
  );
  await insertBatched(
    db.clients,
    clinic.clients.map((c) => ({ ...c, contacts: c.contacts.map((k) => ({ ...k })) })),
  );
  await insertBatched(db.medications, clinic.medications);
  await insertBatched(db.notes, clinic.notes);
  await insertBatched(db.responses, clinic.responses);
  await insertBatched(db.attendance, clinic.attendance);
  await insertBatched(db.medevents, clinic.medEvents);
}
