import type { RxConflictHandler, RxConflictHandlerInput, WithDeleted } from 'rxdb/plugins/core';
import { canonicalJson, shortDigest } from '../../shared/sync/canonical-json';
import { chooseWinner, documentData, policyFor, sameDocument } from '../../shared/sync/conflict-policy';
import type { ClinicRecord, RecordInput } from '../../shared/domain/records';

/**
 * RxDB conflict handlers (rxdb 17: `isEqual` + `resolve`). They only pick the winner, deterministically; saving
 * the loser is a side effect done by the replication on `conflict$` (see conflictLoser), so the handler stays pure
 * and a retried resolution cannot write a copy twice.
 */

/** The conflict handler of one collection. */
export function createConflictHandler<T>(collection: string): RxConflictHandler<T> {
  const policy = policyFor(collection);
  return {
    isEqual: (a, b) => sameDocument(a, b),
    resolve: (input) => {
      const side = chooseWinner(policy, input.realMasterState, input.newDocumentState);
      return Promise.resolve(side === 'master' ? input.realMasterState : input.newDocumentState);
    },
  };
}

/** The version a resolution did not keep, or null when both versions were the same data. */
export function conflictLoser<T>(input: RxConflictHandlerInput<T>, output: WithDeleted<T>): WithDeleted<T> | null {
  if (sameDocument(input.realMasterState, input.newDocumentState)) return null;
  return sameDocument(output, input.realMasterState) ? input.newDocumentState : input.realMasterState;
}

/** A conflict copy record and its id; the id depends only on the losing data, so saving twice is harmless. */
export function conflictCopyOf(
  collection: string,
  loser: Readonly<Record<string, unknown>>,
  winner: Readonly<Record<string, unknown>>,
): { id: string; input: RecordInput<ClinicRecord> } {
  const data = documentData(loser);
  const refId = typeof data.id === 'string' ? data.id : '';
  const id = `cc-${shortDigest(`${collection}/${refId}`)}-${shortDigest(canonicalJson(data))}`;
  const when = typeof winner.updatedAt === 'string' ? ` (kept version saved ${winner.updatedAt})` : '';
  return {
    id,
    input: {
      kind: 'conflict-copy',
      status: 'open',
      refCollection: collection,
      refId,
      data,
      reason: `This version of ${collection}/${refId} was changed on another laptop at the same time; the other version was kept${when}.`,
    },
  };
}
