import { useMemo } from 'react';
import { of } from 'rxjs';
import type { AuditEntity } from '../../../shared/domain/audit';
import { appendAudit, useDatabase, useLiveQuery, watchClinicRecords, type ClinicRecord } from '../../db';
import { setClinicRecordStatus } from '../../db/collections/clinic.collection';
import { isCollectionName, patchSyncedRecord, watchSyncedRecord } from '../../db/replication';
import { useSignedIn } from '../../session';
import { mergedPatch, otherVersionPatch, type Doc } from './conflict-parts';

/** Open conflict copies and quarantined documents, live. */
export function useOpenSyncRecords(kind: 'conflict-copy' | 'quarantine') {
  const state = useLiveQuery((db) => watchClinicRecords(db, kind), [kind]);
  const open = useMemo(() => (state.data ?? []).filter((r) => r.status === 'open'), [state.data]);
  return { ...state, open };
}

/** The current version of the record a conflict copy belongs to, live (null when it no longer exists). */
export function useCurrentVersion(record: ClinicRecord) {
  return useLiveQuery(
    (db) => (isCollectionName(db, record.refCollection) ? watchSyncedRecord(db, record.refCollection, record.refId) : of(null)),
    [record.refCollection, record.refId],
  );
}

const ENTITY: Readonly<Record<string, AuditEntity>> = {
  clients: 'client',
  staff: 'staff',
  notes: 'note',
  responses: 'response',
  sessions: 'session',
  medications: 'medication',
  medevents: 'medication',
  careplans: 'plan',
};

export type Resolution =
  | { readonly kind: 'keep-current' }
  | { readonly kind: 'use-other' }
  | { readonly kind: 'merge'; readonly texts: Readonly<Record<string, string>> }
  | { readonly kind: 'retry' }
  | { readonly kind: 'dismiss' }
  | { readonly kind: 'restore' }
  | { readonly kind: 'leave-deleted' };

const DETAIL: Readonly<Record<Resolution['kind'], string>> = {
  'keep-current': 'Sync conflict resolved: kept the current version',
  'use-other': 'Sync conflict resolved: used the conflict copy',
  merge: 'Sync conflict resolved: merged both versions',
  retry: 'Refused document sent again',
  dismiss: 'Refused document dismissed (kept in clinic records)',
  restore: 'Record deleted on the server by someone else put back from this laptop',
  'leave-deleted': 'Deletion on the server by someone else accepted; this laptop keeps its copy',
};

/** What a resolution writes onto the record: the other version, a merge, a fresh edit that puts it back, or nothing. */
function patchFor(record: ClinicRecord, current: Doc | null, resolution: Resolution): Doc | null {
  if (resolution.kind === 'use-other' || resolution.kind === 'retry') return otherVersionPatch(record.data);
  if (resolution.kind === 'merge' && current) return mergedPatch(current, resolution.texts);
  // An edit with nothing changed but its time: pushed like any edit, it writes the record again over the deletion.
  if (resolution.kind === 'restore') return {};
  return null;
}

/** Resolves a conflict copy or quarantined document; every resolution is audited and nothing is deleted. */
export function useResolveSyncRecord() {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(
    () =>
      async (record: ClinicRecord, current: Doc | null, resolution: Resolution): Promise<void> => {
        const now = new Date();
        const name = record.refCollection;
        if (!isCollectionName(db, name)) throw new Error(`Unknown collection "${name}".`);
        const patch = patchFor(record, current, resolution);
        if (patch && !(await patchSyncedRecord(db, name, record.refId, patch, now))) {
          throw new Error(`${name}/${record.refId} no longer exists on this laptop, so this version cannot be written back. It stays listed here.`);
        }
        await setClinicRecordStatus(db, record.id, 'resolved', { authorId: user.id, now });
        const entity = ENTITY[name] ?? 'vault';
        await appendAudit(db, { action: 'edit', entity, entityId: record.refId, actorId: user.id, detail: `${DETAIL[resolution.kind]} (${name})` }, { now });
      },
    [db, user.id],
  );
}
