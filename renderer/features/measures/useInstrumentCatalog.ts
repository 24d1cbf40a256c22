import { useMemo } from 'react';
import { map } from 'rxjs';
import type { InstrumentDefinition, InstrumentId, LicensedText } from '../../../shared/instruments';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { useActorContext } from '../../session';
import { importLicensedText } from './licensed-actions';
import { administrableWith, licensedTextsOf, type ImportedText } from './licensed-records';

export interface InstrumentCatalog {
  readonly administrable: readonly InstrumentDefinition[];
  readonly licensed: ReadonlyMap<InstrumentId, ImportedText>;
}

/** What the clinic can administer, with the licensed text it has imported, kept live. */
export function useInstrumentCatalog(): InstrumentCatalog | undefined {
  const { data } = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(licensedTextsOf)), []);
  return useMemo(() => (data ? { administrable: administrableWith(data), licensed: data } : undefined), [data]);
}

/** Imports one checked file of licensed text (checkin-actions.ts) as the signed-in user. */
export function useImportLicensedText(): (texts: readonly LicensedText[], fileName: string) => Promise<void> {
  const ctx = useActorContext();
  return useMemo(() => (texts: readonly LicensedText[], fileName: string) => importLicensedText(ctx, texts, fileName), [ctx]);
}
