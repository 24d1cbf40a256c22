import { describe, expect, it } from 'vitest';
import { conflictCopyOf, conflictLoser, createConflictHandler } from '../../../renderer/sync/conflict-handler';
import { chooseWinner, policyFor, sameDocument, type DocState } from '../../../shared/sync/conflict-policy';

const base = { id: 'c1', authorId: 's1', updatedAt: '2026-11-27T09:00:00.000Z', firstName: 'Quinn', _deleted: false };
type Doc = DocState & { _deleted: boolean };
const at = (iso: string, extra: Record<string, unknown> = {}): Doc => ({ ...base, updatedAt: `2026-11-27T${iso}.000Z`, ...extra });

describe('policyFor', () => {
  it.each([
    ['audit', 'append-only'],
    ['responses', 'append-only'],
    ['medevents', 'append-only'],
    ['notes', 'notes'],
    ['clients', 'editable'],
    ['clinic', 'editable'],
    ['careplans', 'plans'],
  ])('%s is %s', (collection, policy) => {
    expect(policyFor(collection)).toBe(policy);
  });
});

describe('chooseWinner', () => {
  it.each([
    ['newer fork wins', 'editable', at('10:00:00'), at('11:00:00'), 'fork'],
    ['newer master wins', 'editable', at('12:00:00'), at('11:00:00'), 'master'],
    ['same time: larger author id', 'editable', at('10:00:00', { authorId: 's2' }), at('10:00:00', { authorId: 's1' }), 'master'],
    ['same time and author: content decides', 'editable', at('10:00:00', { firstName: 'A' }), at('10:00:00', { firstName: 'B' }), 'fork'],
    ['an edit beats a deletion', 'editable', at('12:00:00', { _deleted: true }), at('10:00:00'), 'fork'],
    ['a deletion loses to an edit', 'editable', at('09:00:00'), at('12:00:00', { _deleted: true }), 'master'],
    ['append-only keeps the server copy', 'append-only', at('09:00:00'), at('12:00:00'), 'master'],
    ['a signed plan version beats a later draft edit', 'plans', at('09:00:00', { status: 'active' }), at('12:00:00', { status: 'draft' }), 'master'],
    ['a superseded plan version beats an older active copy', 'plans', at('12:00:00', { status: 'active' }), at('09:00:00', { status: 'superseded' }), 'fork'],
    [
      'more signatures win between two awaiting copies',
      'plans',
      at('12:00:00', { status: 'awaiting_signatures', signatures: [1] }),
      at('09:00:00', { status: 'awaiting_signatures', signatures: [1, 2] }),
      'fork',
    ],
    ['two homework edits: the newest', 'plans', at('09:00:00', { status: 'assigned' }), at('12:00:00', { status: 'completed' }), 'fork'],
    ['a signed master stands', 'notes', at('09:00:00', { status: 'signed' }), at('12:00:00', { status: 'draft' }), 'master'],
    ['a signed fork beats a draft master', 'notes', at('12:00:00', { status: 'draft' }), at('09:00:00', { status: 'signed' }), 'fork'],
    [
      'an addendum master stands',
      'notes',
      at('09:00:00', { kind: 'addendum', status: 'draft' }),
      at('12:00:00', { kind: 'addendum', status: 'draft' }),
      'master',
    ],
    ['two drafts: newest', 'notes', at('09:00:00', { status: 'draft' }), at('12:00:00', { status: 'draft' }), 'fork'],
  ] as const)('%s', (_name, policy, master, fork, expected) => {
    expect(chooseWinner(policy, master, fork)).toBe(expected);
  });

  it('is symmetric: whichever replica meets the conflict keeps the same version', () => {
    const a = at('10:00:00', { firstName: 'A', authorId: 's9' });
    const b = at('10:00:00', { firstName: 'B', authorId: 's1' });
    const winnerSeenFromA = chooseWinner('editable', b, a) === 'fork' ? a : b;
    const winnerSeenFromB = chooseWinner('editable', a, b) === 'fork' ? b : a;
    expect(winnerSeenFromA).toBe(winnerSeenFromB);
  });
});

describe('createConflictHandler', () => {
  it('treats documents differing only in bookkeeping or key order as equal', () => {
    const handler = createConflictHandler<DocState>('clients');
    const reordered = { _deleted: false, firstName: 'Quinn', updatedAt: base.updatedAt, authorId: 's1', id: 'c1' };
    expect(handler.isEqual({ ...base, _meta: { lwt: 1 } }, reordered, 'test')).toBe(true);
    expect(handler.isEqual(base, { ...base, firstName: 'Q' }, 'test')).toBe(false);
  });

  it('resolves to the winner and names the loser for a conflict copy', async () => {
    const handler = createConflictHandler<DocState>('clients');
    const input = { realMasterState: at('09:00:00', { firstName: 'Server' }), newDocumentState: at('10:00:00', { firstName: 'Local' }) };
    const output = await handler.resolve(input, 'test');
    expect(output.firstName).toBe('Local');
    expect(conflictLoser(input, output)?.firstName).toBe('Server');
    expect(conflictLoser({ realMasterState: base, newDocumentState: { ...base } }, base)).toBeNull();
  });
});

describe('conflictCopyOf', () => {
  it('keeps the full losing document under a deterministic id', () => {
    const loser = { ...at('09:00:00', { firstName: 'Server' }), _meta: { lwt: 5 }, _rev: '2-x' };
    const first = conflictCopyOf('clients', loser, at('10:00:00'));
    const again = conflictCopyOf('clients', { ...loser, _rev: '3-y' }, at('10:00:00'));
    expect(first.id).toBe(again.id);
    expect(first.id.length).toBeLessThanOrEqual(64);
    expect(first.input).toMatchObject({ kind: 'conflict-copy', status: 'open', refCollection: 'clients', refId: 'c1' });
    expect(sameDocument(first.input.data, at('09:00:00', { firstName: 'Server' }))).toBe(true);
    expect(first.input.data).not.toHaveProperty('_meta');
  });
});
