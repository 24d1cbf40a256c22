import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../renderer/crypto/web-crypto-provider';
import {
  deletedHeightsOf,
  endpointOf,
  openAllDocsAnswer,
  openChangesRows,
  sealBulkDocsBody,
  splitRefusals,
  UnexpectedServerAnswerError,
} from '../../../shared/sync/couch-transform';
import { keychainOf, sealJsonNewest } from '../../../shared/crypto/key-generations';
import { docAad, openDoc, sealDoc, UnreadableDocumentError, type DocSealing } from '../../../shared/sync/e2ee-docs';

const crypto = createWebCryptoProvider();
const keyOf = (fill: number) => crypto.importAesKey(new Uint8Array(32).fill(fill));

async function sealing(fill = 1, collection = 'clients'): Promise<DocSealing> {
  return { crypto, keys: keychainOf(await keyOf(fill)), collection, plaintextFields: ['status', 'updatedAt', 'authorId'] };
}

const client = {
  _id: 'c1',
  status: 'active',
  updatedAt: '2026-11-27T09:00:00.000Z',
  authorId: 's1',
  firstName: 'Quinn',
  contacts: [{ name: 'Rowan' }],
  _deleted: false,
};

describe('sealDoc / openDoc', () => {
  it('keeps only meta and routing fields in clear and round-trips the whole document', async () => {
    const s = await sealing();
    const sealed = await sealDoc(s, { ...client, _rev: '1-a' });
    expect(Object.keys(sealed).sort()).toEqual(['_id', '_rev', 'authorId', 'e2ee', 'status', 'updatedAt']);
    expect(JSON.stringify(sealed)).not.toContain('Quinn');
    expect(JSON.stringify(sealed)).not.toContain('Rowan');
    // `_deleted: false` is not sent; RxDB restores it from the missing flag.
    // Sent as an update of revision 1, the server stores it as revision 2.
    expect(await openDoc(s, { ...sealed, _rev: '2-b' })).toEqual({ ...client, _deleted: undefined, _rev: '2-b' });
  });

  // Issue 18 item 8: the envelope names the revision height it is written as, so the server cannot serve an older
  // sealed version as a newer revision.
  it.each([
    ['the revision it was written as', '3-b', null],
    [
      'a later revision (an older version put back on top)',
      '5-z',
      'older version of this record (sealed as revision 3) that the server put back as revision 5',
    ],
    ['an earlier revision', '2-a', 'sealed as revision 3 of this record but the server serves it as revision 2'],
  ])('binds the envelope to its revision height: served as %s', async (_name, rev, problem) => {
    const s = await sealing();
    const sealed = await sealDoc(s, { ...client, _rev: '2-a' });
    const opening = openDoc(s, { ...sealed, _rev: rev });
    if (problem === null) await expect(opening).resolves.toMatchObject({ firstName: 'Quinn', _rev: rev });
    else await expect(opening).rejects.toThrow(problem);
  });

  it('opens an envelope sealed before version binding (no height inside) under any revision', async () => {
    const s = await sealing();
    const body = Object.fromEntries(Object.entries(client).filter(([k]) => k !== '_id' && k !== '_deleted'));
    const e2ee = await sealJsonNewest(crypto, s.keys, body, docAad('clients', 'c1'));
    const old = { _id: client._id, _rev: '7-z', status: client.status, updatedAt: client.updatedAt, authorId: client.authorId, e2ee };
    expect(await openDoc(s, old)).toMatchObject({ firstName: 'Quinn', _rev: '7-z' });
  });

  it('keeps a deletion flag in clear', async () => {
    const s = await sealing();
    const sealed = await sealDoc(s, { ...client, _deleted: true });
    expect(sealed._deleted).toBe(true);
    expect((await openDoc(s, sealed))._deleted).toBe(true);
  });

  it.each([
    ['a wrong key', async (d: Record<string, unknown>) => ({ doc: d, s: await sealing(2) }), 'did not verify'],
    ['another document id', async (d: Record<string, unknown>) => ({ doc: { ...d, _id: 'c2' }, s: await sealing() }), 'did not verify'],
    ['another collection', async (d: Record<string, unknown>) => ({ doc: d, s: await sealing(1, 'notes') }), 'did not verify'],
    ['an altered routing field', async (d: Record<string, unknown>) => ({ doc: { ...d, status: 'discharged' }, s: await sealing() }), 'routing field "status"'],
    ['no envelope (plaintext)', async (d: Record<string, unknown>) => ({ doc: { _id: d._id, firstName: 'Quinn' }, s: await sealing() }), 'no "e2ee" envelope'],
  ])('refuses a document with %s, naming it', async (_name, tamper, message) => {
    const sealed = await sealDoc(await sealing(), client);
    const { doc, s } = await tamper({ ...sealed });
    const opening = openDoc(s, doc);
    await expect(opening).rejects.toBeInstanceOf(UnreadableDocumentError);
    await expect(opening).rejects.toThrow(message);
    await expect(opening).rejects.toThrow(/(clients|notes)\/c[12] cannot be read/);
  });

  it('refuses to send attachments, which would travel unsealed', async () => {
    await expect(sealDoc(await sealing(), { ...client, _attachments: {} })).rejects.toThrow('attachments');
  });
});

describe('endpointOf', () => {
  it.each([
    ['http://h/db/_changes?style=all_docs&feed=longpoll', 'changes'],
    ['http://h/db/_all_docs?', 'all_docs'],
    ['http://h/db/_bulk_docs?', 'bulk_docs'],
    ['http://h/db/_bulk_get', 'bulk_get'],
    ['http://h/db/', 'other'],
    ['http://h/db/c1', 'other'],
  ])('%s is %s', (url, expected) => {
    expect(endpointOf(url)).toBe(expected);
  });
});

describe('request and answer transforms', () => {
  it('seals every document of a _bulk_docs body and remembers the plain ones', async () => {
    const s = await sealing();
    const { body, plainById } = await sealBulkDocsBody(s, { docs: [client, { ...client, _id: 'c2' }], new_edits: true });
    expect(body.new_edits).toBe(true);
    expect(JSON.stringify(body)).not.toContain('Quinn');
    expect(plainById.get('c2')?.firstName).toBe('Quinn');
  });

  it('binds each document to the height _bulk_docs stores it as: after its _rev, its own _rev (new_edits: false), after a tombstone', async () => {
    const s = await sealing();
    const push = async (docs: Record<string, unknown>[], newEdits: boolean, deleted = new Map<string, number>()) =>
      (await sealBulkDocsBody(s, { docs, new_edits: newEdits }, deleted)).body.docs as Record<string, unknown>[];
    const [update] = await push([{ ...client, _rev: '4-a' }], true);
    await expect(openDoc(s, { ...update, _rev: '5-b' })).resolves.toMatchObject({ firstName: 'Quinn' });
    const [replicated] = await push([{ ...client, _rev: '4-a' }], false);
    await expect(openDoc(s, { ...replicated })).resolves.toMatchObject({ _rev: '4-a' });
    const [again] = await push([{ ...client }], true, deletedHeightsOf({ rows: [{ id: 'c1', key: 'c1', value: { rev: '6-d', deleted: true }, doc: null }] }));
    await expect(openDoc(s, { ...again, _rev: '7-e' })).resolves.toMatchObject({ firstName: 'Quinn' });
    await expect(openDoc(s, { ...again, _rev: '1-e' })).rejects.toThrow('sealed as revision 7');
  });

  it('opens _changes and _all_docs answers and leaves design documents and missing rows alone', async () => {
    const s = await sealing();
    const sealed = { ...(await sealDoc(s, client)), _rev: '1-a' };
    const changes = await openChangesRows(s, {
      results: [
        { id: '_design/waypoint', doc: { _id: '_design/waypoint' } },
        { id: 'c1', doc: sealed },
      ],
      last_seq: 7,
    });
    expect(changes.serverRows).toBe(2);
    expect(changes.answer).toMatchObject({ last_seq: 7, results: [{ id: 'c1', doc: { firstName: 'Quinn' } }] });
    const allDocs = await openAllDocsAnswer(s, {
      rows: [
        { key: 'c1', id: 'c1', doc: sealed },
        { key: 'x', error: 'not_found' },
        { key: 'd', id: 'd', value: { deleted: true }, doc: null },
      ],
    });
    expect(allDocs).toMatchObject({ rows: [{ doc: { firstName: 'Quinn' } }, { key: 'x' }, { key: 'd', doc: null }] });
  });

  it.each([
    ['a garbage envelope', { _id: 'g', _rev: '1-g', status: 'active', e2ee: 'w1.AAAA.BBBB' }, false],
    ['no envelope at all', { _id: 'g', _rev: '1-g', status: 'active', firstName: 'Plain' }, false],
    ["another id's envelope", 'moved', false],
    ['another key', 'other-key', false],
    ['an unsealed tombstone (a plain DELETE)', { _id: 'g', _rev: '2-g', _deleted: true }, true],
  ] as const)('sets aside %s, keeps the rest of the page and nothing of its content', async (_name, bad, deleted) => {
    const s = await sealing();
    const good = { ...(await sealDoc(s, client)), _rev: '1-a' };
    const doc =
      bad === 'moved'
        ? { ...good, _id: 'g', _rev: '1-g' }
        : bad === 'other-key'
          ? { ...(await sealDoc(await sealing(2), { ...client, _id: 'g' })), _rev: '1-g' }
          : bad;
    const opened = await openChangesRows(s, {
      results: [
        { id: 'g', doc },
        { id: 'c1', doc: good },
      ],
      last_seq: 9,
    });
    expect(opened.answer).toMatchObject({ last_seq: 9, results: [{ id: 'c1', doc: { firstName: 'Quinn' } }] });
    expect(opened.answer.results).toHaveLength(1);
    expect(opened.serverRows).toBe(2);
    expect(opened.unreadable).toEqual([{ collection: 'clients', id: 'g', rev: doc._rev, deleted, problem: expect.any(String) as string }]);
    expect(JSON.stringify(opened.unreadable)).not.toContain('Plain');
  });

  it('rejects answers that are not CouchDB-shaped', async () => {
    await expect(openChangesRows(await sealing(), { rows: [] })).rejects.toBeInstanceOf(UnexpectedServerAnswerError);
  });

  it('reports refused documents and shows them to RxDB as written, keeping conflicts as they are', () => {
    const plain = new Map([
      ['a', { _id: 'a', x: 1 }],
      ['b', { _id: 'b', x: 2 }],
      ['c', { _id: 'c', x: 3 }],
    ]);
    const answer = [
      { id: 'a', ok: true, rev: '1-x' },
      { id: 'b', error: 'forbidden', reason: 'append-only' },
      { id: 'c', error: 'conflict' },
    ];
    const split = splitRefusals('audit', answer, plain);
    expect(split.rejected).toEqual([{ collection: 'audit', id: 'b', error: 'forbidden', reason: 'append-only', doc: { _id: 'b', x: 2 } }]);
    expect(split.answer).toEqual([answer[0], { id: 'b', ok: true, quarantined: true }, answer[2]]);
    expect(split.unauthorized).toBe(false);
  });

  it('flags rows refused because of the user, without quarantining them', () => {
    const split = splitRefusals(
      'clients',
      [{ id: 'a', error: 'unauthorized', reason: 'You are not authorized to access this db.' }],
      new Map([['a', { _id: 'a' }]]),
    );
    expect(split).toEqual({
      answer: [{ id: 'a', error: 'unauthorized', reason: 'You are not authorized to access this db.' }],
      rejected: [],
      unauthorized: true,
    });
  });
});
