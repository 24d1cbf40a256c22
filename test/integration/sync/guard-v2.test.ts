import { describe, expect, it } from 'vitest';
import { createDraft, findClinicRecords, getClient, getNote, insertClient, updateClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { emptySections } from '../../../shared/domain/notes';
import { provisionedClinic, staffAAt, syncClient } from './clinic-setup';
import { openLaptop } from './laptops';
import { ADMIN, rawAdmin, testServerPerFile } from './server-fixture';

/**
 * Issue 18 item 7, guard v2: the guard requires only the fields its rules read, and a laptop sends in clear only what
 * the installed guard requires. A server whose guard is still v1 keeps getting every push; once "Update the server's
 * protection" installs v2, pushed documents carry none of the presence-only metadata (authors, times, statuses).
 */

const server = testServerPerFile();

const person = (firstName: string) => syncClient({ firstName, lastName: 'Guard' });

/** Guard v1 as builds before 2026-12-05 installed it: every non-sealed schema field required. */
const V1_PLANS = SYNC_PLANS.map((plan) => ({ ...plan, requiredFields: plan.plaintextFields }));

async function serverDoc(url: string): Promise<Record<string, unknown>> {
  const answer = await rawAdmin(url);
  expect(answer.status, url).toBe(200);
  return answer.json as Record<string, unknown>;
}

describe('guard v2 (issue 18 item 7)', () => {
  it('a v1 server gets every push; after the update pushed documents carry only what the guard reads', async () => {
    const { clinicId, master, db } = await provisionedClinic(server, `gv2-${Date.now().toString(36)}`, V1_PLANS);
    const a = await openLaptop(`gv2-a-${clinicId}`, master, server.url, clinicId);
    a.startSync();

    // Guard v1: everything arrives, with the v1 routing fields in clear.
    const before = await insertClient(a.db, person('Ada'), staffAAt('09:00'));
    const draft = await createDraft(
      a.db,
      { clientId: before.id, sessionId: '', templateId: 'soap', title: '', sections: emptySections('soap') },
      staffAAt('09:01'),
    );
    await a.sync?.awaitInSync();
    expect(Object.keys(await serverDoc(`${db('clients')}/${before.id}`)).sort()).toEqual(
      ['_id', '_rev', 'authorId', 'createdAt', 'e2ee', 'primaryClinicianId', 'status', 'updatedAt'].sort(),
    );
    expect(await serverDoc(`${db('notes')}/${draft.id}`)).toMatchObject({ clientId: before.id, authorId: 'staff-a' });

    // "Update the server's protection" installs guard v2; the laptop reads it when its sync starts again.
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    await a.stopSync();
    a.startSync();
    const after = await insertClient(a.db, person('Bo'), staffAAt('09:10'));
    await updateClient(a.db, before.id, { ...person('Ada'), program: 'Adult PHP' }, staffAAt('09:11'));
    const note = await createDraft(
      a.db,
      { clientId: after.id, sessionId: '', templateId: 'soap', title: '', sections: emptySections('soap') },
      staffAAt('09:12'),
    );
    await a.sync?.awaitInSync();

    for (const id of [after.id, before.id]) expect(Object.keys(await serverDoc(`${db('clients')}/${id}`)).sort()).toEqual(['_id', '_rev', 'e2ee']);
    expect(Object.keys(await serverDoc(`${db('notes')}/${note.id}`)).sort()).toEqual(['_id', '_rev', 'e2ee', 'kind', 'status']);
    expect(await findClinicRecords(a.db, 'quarantine')).toEqual([]);

    // Another laptop reads everything, whatever was in clear.
    const b = await openLaptop(`gv2-b-${clinicId}`, master, server.url, clinicId);
    b.startSync();
    await b.sync?.awaitInSync();
    expect((await getClient(b.db, before.id))?.program).toBe('Adult PHP');
    expect((await getClient(b.db, after.id))?.firstName).toBe('Bo');
    expect((await getNote(b.db, note.id))?.clientId).toBe(after.id);
    expect(await getNote(b.db, draft.id)).not.toBeNull();
  });
});
