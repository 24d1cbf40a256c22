import { describe, expect, it } from 'vitest';
import { insertClient, findClinicRecords, getClient } from '../../../renderer/db';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { provisionClinic } from '../../../renderer/sync/clinic-server';
import { createMasterKey } from '../../../shared/crypto/keys';
import { clinicDbName } from '../../../shared/sync/couch-names';
import { crypto } from '../db-helpers';
import { openLaptop } from './laptops';
import { rawAdmin, testServerPerFile, waitFor, ADMIN } from './server-fixture';

/*
 * Issue 18 item 4(d), key generations: after a rotation a laptop seals new writes under the newest sync key it holds
 * and still opens records sealed before (generation 0, "w1." envelopes written before rotations existed). A laptop
 * without the new generation sets the new record aside instead of reading it.
 */

const server = testServerPerFile();
const ctx = { authorId: 'staff-a', now: new Date('2026-12-05T10:00:00.000Z') };
const input = (firstName: string) => ({
  firstName,
  lastName: 'Okafor',
  preferredName: '',
  pronouns: 'she/her',
  dateOfBirth: '1985-01-30',
  levelOfCare: 'IOP',
  program: 'Dual diagnosis',
  primaryClinicianId: 'staff-a',
  admissionDate: '2026-11-01',
  contacts: [],
});

async function envelopeOf(clinicId: string, id: string): Promise<string> {
  const { json } = await rawAdmin(`${server.url}/${clinicDbName(clinicId, 'clients')}/${id}`);
  return (json as { e2ee: string }).e2ee;
}

describe('sync key generations on the server', () => {
  it('opens a record sealed under generation 0, seals new ones under generation 1, which a laptop without it cannot read', async () => {
    const clinicId = 'keygen';
    await provisionClinic({ url: server.url, admin: ADMIN, clinicId, collections: SYNC_PLANS });
    const master = createMasterKey(crypto);
    const before = await openLaptop('keygen-before', master, server.url, clinicId);
    const old = await insertClient(before.db, input('Quinn'), ctx);
    await before.startSync().awaitInSync();
    expect(await envelopeOf(clinicId, old.id)).toMatch(/^w1\./);

    const rotated = await openLaptop('keygen-rotated', master, server.url, clinicId);
    rotated.rotatedKeys = [{ generation: 1, key: await crypto.importAesKey(crypto.randomBytes(32)) }];
    rotated.startSync();
    await waitFor('the generation-0 record on the rotated laptop', async () => (await getClient(rotated.db, old.id))?.firstName === 'Quinn');
    const fresh = await insertClient(rotated.db, input('Rowan'), ctx);
    await rotated.sync?.awaitInSync();
    expect(await envelopeOf(clinicId, fresh.id)).toMatch(/^w2\.1\./);

    // The laptop holding only generation 0 does not import it: the row is set aside, with nothing of its content.
    await waitFor('the new record set aside', async () => (await findClinicRecords(before.db, 'quarantine')).some((q) => q.refId === fresh.id));
    expect(await getClient(before.db, fresh.id)).toBeNull();
    const [setAside] = (await findClinicRecords(before.db, 'quarantine')).filter((q) => q.refId === fresh.id);
    expect(setAside?.reason).toContain('generation 1');
  });
});
