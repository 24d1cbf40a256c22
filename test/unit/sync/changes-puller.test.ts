import { describe, expect, it } from 'vitest';
import { createWebCryptoProvider } from '../../../renderer/crypto/web-crypto-provider';
import { createChangesPuller } from '../../../renderer/sync/changes-puller';
import { ParsedAnswer } from '../../../renderer/sync/parsed-answer';
import { keychainOf } from '../../../shared/crypto/key-generations';
import { sealDoc, type DocSealing, type JsonDoc } from '../../../shared/sync/e2ee-docs';
import type { UnreadableRow } from '../../../shared/sync/couch-transform';

const crypto = createWebCryptoProvider();
const LIMIT = 2;
const BASE = 'http://server.test/clinic_notes/_changes?style=all_docs&feed=normal&include_docs=true';
const pageUrl = (since: number): string => `${BASE}&since=${String(since)}&limit=${String(LIMIT)}`;

async function sealing(): Promise<DocSealing> {
  return { crypto, keys: keychainOf(await crypto.importAesKey(new Uint8Array(32).fill(3))), collection: 'notes', plaintextFields: [] };
}

/** A CouchDB `_changes` feed of `docs` in pages (since = index), counting every request it is sent. */
function feedOf(docs: readonly JsonDoc[], failFirst = new Set<number>()) {
  const sent: number[] = [];
  const send = (url: string): Promise<Response> => {
    const since = Number(new URL(url).searchParams.get('since'));
    sent.push(since);
    if (failFirst.delete(since)) return Promise.reject(new TypeError('network down'));
    const rows = docs.slice(since, since + LIMIT).map((doc) => ({ id: doc._id, changes: [{ rev: doc._rev }], doc }));
    return Promise.resolve(new Response(JSON.stringify({ results: rows, last_seq: since + rows.length })));
  };
  return { sent, send };
}

/** RxDB's first pull: one page after another, each asked for from where the previous answer ended. */
async function pullAll(pull: (url: string, init: RequestInit | undefined) => Promise<Response>): Promise<string[]> {
  const ids: string[] = [];
  for (let since = 0; ;) {
    const answer = (await (await pull(pageUrl(since), undefined)).json()) as { results: { id: string }[]; last_seq: number };
    ids.push(...answer.results.map((r) => r.id));
    since = answer.last_seq;
    if (answer.results.length < LIMIT) return ids;
  }
}

async function notes(count: number, s: DocSealing): Promise<JsonDoc[]> {
  const ids = Array.from({ length: count }, (_, i) => `n${String(i)}`);
  // Sealed as new records (revision height 1), then served as the server stores them.
  return Promise.all(ids.map(async (id) => ({ ...(await sealDoc(s, { _id: id, text: `note ${id}` })), _rev: `1-${id}` })));
}

function pullerOf(s: DocSealing, send: (url: string) => Promise<Response>, unreadable: UnreadableRow[] = []) {
  return createChangesPuller({
    sealing: s,
    send,
    onUnreadable: (row) => unreadable.push(row),
    holdsNothing: () => Promise.resolve(false),
    assertAccess: () => Promise.resolve(),
    respond: (from, json) => new ParsedAnswer(from, json),
  });
}

describe('changes puller read-ahead (a first pull)', () => {
  it('keeps the feed order and asks the server for each page once, the next one while the last is being stored', async () => {
    const s = await sealing();
    const feed = feedOf(await notes(5, s));
    const pull = pullerOf(s, feed.send);
    const first = await pull(pageUrl(0), undefined);
    // Page 2 is already asked for when page 1 reaches RxDB.
    expect(feed.sent).toEqual([0, 2]);
    expect(((await first.json()) as { results: unknown[] }).results).toHaveLength(2);
    expect(await pullAll(pull)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    // The pull above started again at 0 (asked afresh), then each read-ahead page was served once; none after a short page.
    expect(feed.sent).toEqual([0, 2, 0, 2, 4]);
  });

  it('sets aside a bad row when its page is served, and the rest of the batch flows in order', async () => {
    const s = await sealing();
    const docs = await notes(4, s);
    const bad = { _id: 'n2', _rev: '1-n2', e2ee: 'w1.AAAA.BBBB' };
    const unreadable: UnreadableRow[] = [];
    const pull = pullerOf(s, feedOf([...docs.slice(0, 2), bad, docs[3] ?? {}, ...(await notes(0, s))]).send, unreadable);
    const firstPage = await pull(pageUrl(0), undefined);
    // Page 2 (with the bad row) was read ahead, but nothing is reported until RxDB asks for it.
    expect(unreadable).toEqual([]);
    expect(((await firstPage.json()) as { last_seq: number }).last_seq).toBe(2);
    const rest = (await (await pull(pageUrl(2), undefined)).json()) as { results: { id: string }[] };
    expect(rest.results.map((r) => r.id)).toEqual(['n3']);
    expect(unreadable.map((r) => `${r.id}@${r.rev}`)).toEqual(['n2@1-n2']);
  });

  it('asks again for a page whose read-ahead failed, and never serves one for another position', async () => {
    const s = await sealing();
    const feed = feedOf(await notes(5, s), new Set([2]));
    const pull = pullerOf(s, feed.send);
    expect(await pullAll(pull)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
    expect(feed.sent).toEqual([0, 2, 2, 4]);
    // A request from another position than the page read ahead is sent, and answered from there.
    await pull(pageUrl(0), undefined);
    const other = (await (await pull(pageUrl(1), undefined)).json()) as { results: { id: string }[] };
    expect(other.results.map((r) => r.id)).toEqual(['n1', 'n2']);
    expect(feed.sent.slice(4)).toEqual([0, 2, 1, 3]);
  });
});
