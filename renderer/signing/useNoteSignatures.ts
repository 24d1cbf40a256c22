import { useEffect, useState } from 'react';
import type { Note } from '../../shared/domain/records';
import type { SignatureVerdict } from '../../shared/signing/verdict';
import { useLiveQuery, watchKeyRecords } from '../db';
import { noteVerdicts } from './note-signatures';
import { currentSigningSession } from './signing-session';

/** Live verdicts on a signed note's signatures (re-checked when a key or certificate arrives); null while checking. */
export function useNoteSignatures(note: Note, records: readonly Note[]): ReadonlyMap<string, SignatureVerdict> | null {
  const keys = useLiveQuery((db) => watchKeyRecords(db), []);
  const [verdicts, setVerdicts] = useState<ReadonlyMap<string, SignatureVerdict> | null>(null);
  useEffect(() => {
    if (!keys.data) return;
    let live = true;
    void noteVerdicts(note, records, keys.data, currentSigningSession()).then((v) => {
      if (live) setVerdicts(v);
    });
    return () => {
      live = false;
    };
  }, [note, records, keys.data]);
  return verdicts;
}
