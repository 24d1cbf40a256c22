import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { ADMIN, rawAdmin, startTestServer, type TestServer } from './server-fixture';

let server: TestServer;
let db: string;

beforeAll(async () => {
  server = await startTestServer();
  await provisionClinic({ url: server.url, admin: ADMIN, clinicId: 'plans', collections: SYNC_PLANS });
  db = `${server.url}/wp_plans_careplans`;
});

afterAll(async () => {
  await server.stop();
});

/** A well-formed (never opened here) envelope: the guard checks its shape, not its content. */
const envelope = (fill: string): string => `w1.${'A'.repeat(16)}.${fill.repeat(22)}==`;

const routing = {
  kind: 'treatment_plan',
  clientId: 'c1',
  planId: 'p1',
  version: 1,
  previousVersionId: '',
  effectiveFrom: '2026-12-01',
  reviewDueOn: '2026-12-31',
  authorId: 's1',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  e2ee: envelope('A'),
};
const HASH = 'a'.repeat(64);

async function put(id: string, body: Record<string, unknown>, rev?: string): Promise<{ status: number; rev: string; text: string }> {
  const r = await rawAdmin(`${db}/${id}`, 'PUT', rev ? { ...body, _rev: rev } : body);
  const json = r.json as { rev?: string } | null;
  return { status: r.status, rev: json?.rev ?? '', text: r.text };
}

/** A version stored as a draft and then signed (active), as the app writes it. */
async function signedVersion(id: string): Promise<string> {
  const draft = await put(id, { ...routing, status: 'draft', contentHash: '' });
  expect(draft.status).toBe(201);
  const draftEdit = await put(id, { ...routing, status: 'draft', contentHash: '', e2ee: envelope('C') }, draft.rev);
  expect(draftEdit.status).toBe(201);
  const signed = await put(id, { ...routing, status: 'active', contentHash: HASH }, draftEdit.rev);
  expect(signed.status).toBe(201);
  return signed.rev;
}

describe('the server refuses changes to signed plan versions (validate_doc_update)', () => {
  it.each([
    ['a changed content hash', { status: 'active', contentHash: 'b'.repeat(64) }, 'cannot change; start a new version'],
    ['a moved review date', { status: 'active', contentHash: HASH, reviewDueOn: '2027-06-01' }, 'cannot change'],
    ['a step back to draft', { status: 'draft', contentHash: HASH }, 'cannot go from active to draft'],
  ])('%s', async (_name, change, refusal) => {
    const id = `v-${String(Math.random()).slice(2)}`;
    const rev = await signedVersion(id);
    const attempt = await put(id, { ...routing, ...change }, rev);
    expect(attempt.status).toBe(403);
    expect(attempt.text).toContain(refusal);
  });

  it.each(['safety_plan', 'relapse_prevention_plan'])('refuses changes to a signed %s as to a treatment plan', async (kind) => {
    const id = `v-${kind}`;
    const draft = await put(id, { ...routing, kind, status: 'draft', contentHash: '' });
    const signed = await put(id, { ...routing, kind, status: 'active', contentHash: HASH }, draft.rev);
    expect(signed.status).toBe(201);
    const edit = await put(id, { ...routing, kind, status: 'active', contentHash: 'b'.repeat(64) }, signed.rev);
    expect(edit.status).toBe(403);
    expect(edit.text).toContain('cannot change; start a new version');
    const reviewed = await put(id, { ...routing, kind, status: 'active', contentHash: HASH, e2ee: envelope('E') }, signed.rev);
    expect(reviewed.status).toBe(201);
  });

  it('accepts an objective judgement on a signed version: its sealed status history grows, routing and hash unchanged', async () => {
    const rev = await signedVersion('v-judged');
    const judged = await put('v-judged', { ...routing, status: 'active', contentHash: HASH, e2ee: envelope('J') }, rev);
    expect(judged.status).toBe(201);
  });

  it('refuses deleting a signed version', async () => {
    const rev = await signedVersion('v-delete');
    const r = await rawAdmin(`${db}/v-delete?rev=${rev}`, 'DELETE');
    expect(r.status).toBe(403);
    expect(r.text).toContain('cannot be deleted');
  });

  it('lets a signed version gain signatures and move forward: active → superseded, never back', async () => {
    const rev = await signedVersion('v-forward');
    const cosigned = await put('v-forward', { ...routing, status: 'active', contentHash: HASH, e2ee: envelope('E') }, rev);
    expect(cosigned.status).toBe(201);
    const superseded = await put('v-forward', { ...routing, status: 'superseded', contentHash: HASH }, cosigned.rev);
    expect(superseded.status).toBe(201);
    const back = await put('v-forward', { ...routing, status: 'active', contentHash: HASH }, superseded.rev);
    expect(back.status).toBe(403);
  });

  it('refuses any change to a signed review; homework stays editable', async () => {
    const review = await put('r1', { ...routing, kind: 'progress_review', version: 0, status: 'signed', contentHash: '' });
    expect((await put('r1', { ...routing, kind: 'progress_review', version: 0, status: 'signed', contentHash: '' }, review.rev)).status).toBe(403);
    const hw = await put('h1', { ...routing, kind: 'homework', version: 0, status: 'assigned', contentHash: '' });
    expect((await put('h1', { ...routing, kind: 'homework', version: 0, status: 'completed', contentHash: '' }, hw.rev)).status).toBe(201);
  });

  it('refuses any change to or deletion of a signed discharge summary; its draft stays editable', async () => {
    const ds = { ...routing, kind: 'discharge_summary', version: 0 };
    const draft = await put('ds1', { ...ds, status: 'draft', contentHash: '' });
    const edited = await put('ds1', { ...ds, status: 'draft', contentHash: '', e2ee: envelope('C') }, draft.rev);
    expect(edited.status).toBe(201);
    const signed = await put('ds1', { ...ds, status: 'signed', contentHash: HASH }, edited.rev);
    expect(signed.status).toBe(201);
    const change = await put('ds1', { ...ds, status: 'signed', contentHash: HASH, e2ee: envelope('E') }, signed.rev);
    expect(change.status).toBe(403);
    expect(change.text).toContain('is signed: it cannot change');
    expect((await rawAdmin(`${db}/ds1?rev=${signed.rev}`, 'DELETE')).status).toBe(403);
  });
});
