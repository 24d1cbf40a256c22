import { z } from 'zod';
import { RISK_LEVELS } from '../../../shared/domain/records';
import type { DraftContent } from './useNoteDraft';
import { prepareCrashCopyWriter, readCrashCopy, type CrashCopyResult, type CrashCopyStorage, type CrashCopyWriter } from '../../drafts/crash-copy';

/*
 * The note editor's crash-recovery copy (renderer/drafts/crash-copy.ts), under the note's own draft key.
 */

const PREFIX = 'waypoint.note-recovery.';

/** Where copies are kept: localStorage in the app, a Map-backed stand-in in unit tests. */
export type RecoveryStorage = CrashCopyStorage;

export type RecoveryWriter = CrashCopyWriter<DraftContent>;

/** Prepares the keystream for one editing session of a draft; null without a key (a draft saved before v2). */
export async function prepareRecoveryWriter(noteId: string, keyB64: string, storage: RecoveryStorage): Promise<RecoveryWriter | null> {
  return prepareCrashCopyWriter<DraftContent>(PREFIX + noteId, keyB64, storage);
}

const contentSchema = z.object({
  title: z.string(),
  templateId: z.string(),
  sections: z.array(z.object({ key: z.string(), heading: z.string(), html: z.string() })),
  risk: z.object({ level: z.enum([...RISK_LEVELS, '']), text: z.string() }),
  interventions: z.array(z.string()),
});

export interface Recovered {
  readonly content: DraftContent;
  /** When the page was closed. */
  readonly at: string;
}

/** A draft's copy of unsaved typing: none, restored, or refused with the message to show (a refused copy is removed). */
export async function readRecoveryResult(noteId: string, keyB64: string, storage: RecoveryStorage): Promise<CrashCopyResult<DraftContent>> {
  if (storage.getItem(PREFIX + noteId) === null || !keyB64) return { status: 'none' };
  const found = await readCrashCopy(PREFIX + noteId, keyB64, storage, contentSchema);
  if (found.status === 'refused') clearRecovery(noteId, storage);
  return found;
}

/** The decrypted copy of a draft's unsaved typing, or null (none, wrong key, damaged: a damaged copy is removed). */
export async function readRecovery(noteId: string, keyB64: string, storage: RecoveryStorage): Promise<Recovered | null> {
  const found = await readRecoveryResult(noteId, keyB64, storage);
  return found.status === 'restored' ? found.copy : null;
}

/** Removes the copy once the draft is saved. */
export function clearRecovery(noteId: string, storage: RecoveryStorage): void {
  storage.removeItem(PREFIX + noteId);
}
