import { useMemo } from 'react';
import { map } from 'rxjs';
import type { InstrumentDefinition, InstrumentId, LicensedText } from '../../../shared/instruments';
import { useSignedIn } from '../../session';
import { appendAudit, insertClinicRecord, useDatabase, useLiveQuery, watchClinicRecords } from '../../db';
import { LICENSED_REF, administrableWith, licensedTextsOf, type ImportedText } from './licensed-records';

export interface InstrumentCatalog {
  readonly administrable: readonly InstrumentDefinition[];
  readonly licensed: ReadonlyMap<InstrumentId, ImportedText>;
}

/** What the clinic can administer, with the licensed text it has imported, kept live. */
export function useInstrumentCatalog(): InstrumentCatalog | undefined {
  const { data } = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(licensedTextsOf)), []);
  return useMemo(() => (data ? { administrable: administrableWith(data), licensed: data } : undefined), [data]);
}

/** Stores one checked file of licensed text as a single sealed record (so an import is all or nothing), audited. */
export function useImportLicensedText(): (texts: readonly LicensedText[], fileName: string) => Promise<void> {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(
    () => async (texts: readonly LicensedText[], fileName: string) => {
      const now = new Date();
      const data = { fileName, instruments: texts.map((t) => ({ ...t, items: t.items.map((i) => ({ ...i, options: i.options?.map((o) => ({ ...o })) })) })) };
      const record = { kind: 'settings', status: 'open', refCollection: LICENSED_REF.collection, refId: LICENSED_REF.id, data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>, reason: '' } as const;
      const saved = await insertClinicRecord(db, record, { authorId: user.id, now });
      const detail = `Imported licensed item text for ${texts.map((t) => t.id).join(', ')} from ${fileName}`;
      await appendAudit(db, { action: 'create', entity: 'vault', entityId: saved.id, actorId: user.id, detail }, { now });
    },
    [db, user.id],
  );
}
