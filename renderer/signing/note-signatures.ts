import { noteContentHash } from '../../shared/domain/note-integrity';
import type { Note } from '../../shared/domain/records';
import { isRecordSignature } from '../../shared/signing/signing-types';
import { verifySignature, type KeyDirectory, type SignatureVerdict, type SignedSubject } from '../../shared/signing/verdict';
import type { KeyRecords } from '../db';
import type { SigningSession } from './signing-session';
import { keyDirectoryOf } from './trust';
import { webCryptoChecker } from './webcrypto-signing';

/** Verdicts on a note's own signature and its addenda's and co-signs': a co-sign signs the note's content hash. */

async function subjectOf(record: Note, parent: Note): Promise<SignedSubject> {
  const purpose = record.kind;
  const contentHash = purpose === 'cosign' ? await noteContentHash(parent) : await noteContentHash(record);
  const signature = isRecordSignature(record.signature) ? record.signature : null;
  return { signerId: record.authorId, purpose, contentHash, signature };
}

/** The verdict on one record (the note itself or one of its addenda or co-signs) under a directory. */
export async function verdictOf(record: Note, parent: Note, dir: KeyDirectory): Promise<SignatureVerdict> {
  const subject = await subjectOf(record, parent);
  // A record whose stored hash no longer matches its content changed, whatever its signature says.
  if (record.kind !== 'cosign' && record.contentHash && record.contentHash !== subject.contentHash) return { state: 'warning', reason: 'content-changed' };
  return verifySignature(subject, dir, webCryptoChecker);
}

/** Verdicts by record id for a signed note and the records under it. */
export async function noteVerdicts(
  note: Note,
  records: readonly Note[],
  keys: KeyRecords,
  session: SigningSession | null,
): Promise<ReadonlyMap<string, SignatureVerdict>> {
  const dir: KeyDirectory = session ? await keyDirectoryOf(keys, session) : { ...keys, anchor: { clinicId: '', rootKeyId: '' } };
  const all = [note, ...records.filter((r) => r.parentId === note.id)];
  const verdicts = await Promise.all(all.map(async (r) => [r.id, await verdictOf(r, note, dir)] as const));
  return new Map(verdicts);
}
