import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import {
  insertClinicRecord,
  insertResponse,
  watchClientResponsesOfKind,
  watchClinicRecordsFor,
  watchLatestResponse,
  watchResponsesForClient,
  watchResponsesOfInstruments,
  watchResponsesOfKind,
} from '../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../renderer/db/sealed-storage';
import type { InstrumentResponse } from '../../shared/domain/records';
import { closeDb, crypto, newKey, openDb } from './db-helpers';

const T0 = '2026-11-02T10:00:00.000Z';
const ctx = (iso: string) => ({ authorId: 'u1', now: new Date(iso) });

function response(clientId: string, completedAt: string): Omit<InstrumentResponse, 'id' | 'authorId' | 'createdAt' | 'updatedAt'> {
  return {
    kind: 'measure',
    instrumentId: 'PHQ-9',
    instrumentVersion: '1.0.0',
    clientId,
    sessionId: '',
    respondent: 'client',
    completedAt,
    answers: { phq9_1: 1 },
    score: 12,
    band: 'moderate',
    flags: [],
    comment: '',
    supersedesId: '',
  };
}

// An earlier schema as it shipped: v0 before supersedesId, v1 before correctionReason; stored responses must open under the current one.
function earlierResponsesSchema(version: 0 | 1): RxJsonSchema<Omit<InstrumentResponse, 'supersedesId' | 'correctionReason'>> {
  const { schema } = COLLECTION_SPECS.responses;
  const added = version === 0 ? ['supersedesId', 'correctionReason'] : ['correctionReason'];
  const properties = Object.fromEntries(Object.entries(schema.properties).filter(([name]) => !added.includes(name)));
  return { ...schema, version, properties } as RxJsonSchema<Omit<InstrumentResponse, 'supersedesId' | 'correctionReason'>>;
}

describe('measures storage', () => {
  it('migrates a v0 response to v1 with supersedesId empty', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate', storage, multiInstance: false });
    const full: Record<string, unknown> = { ...response('c1', T0), id: 'r0', authorId: 'u1', createdAt: T0, updatedAt: T0 };
    const doc = Object.fromEntries(Object.entries(full).filter(([name]) => name !== 'supersedesId'));
    const collections = await old.addCollections({ responses: { schema: earlierResponsesSchema(0) } });
    await collections.responses.insert(doc);
    await old.close();

    const db = await openDb('migrate', key);
    const [migrated] = await firstValueFrom(watchResponsesForClient(db, 'c1'));
    expect(migrated).toMatchObject({ id: 'r0', supersedesId: '', correctionReason: '', score: 12, answers: { phq9_1: 1 } });
    await closeDb(db);
  });

  it('migrates a v1 correction to v2 with no reason, and stores a new correction’s reason sealed', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'migrate-v1', storage, multiInstance: false });
    const collections = await old.addCollections({ responses: { schema: earlierResponsesSchema(1) } });
    await collections.responses.insert({ ...response('c1', T0), id: 'r1', supersedesId: 'r0', authorId: 'u1', createdAt: T0, updatedAt: T0 });
    await old.close();

    const db = await openDb('migrate-v1', key);
    await insertResponse(
      db,
      { ...response('c1', '2026-11-03T10:00:00.000Z'), supersedesId: 'r1', correctionReason: 'Item 1 was keyed as 3; the client said 0.' },
      ctx(T0),
    );
    const [migrated, corrected] = await firstValueFrom(watchResponsesForClient(db, 'c1'));
    expect(migrated).toMatchObject({ id: 'r1', supersedesId: 'r0', correctionReason: '' });
    expect(corrected).toMatchObject({ supersedesId: 'r1', correctionReason: 'Item 1 was keyed as 3; the client said 0.' });
    expect(COLLECTION_SPECS.responses.sealed).toContain('correctionReason');
    await closeDb(db);
  });

  it('watches a client’s responses oldest first, responses by kind, and acknowledgements per client', async () => {
    const db = await openDb('watch', await newKey());
    await insertResponse(db, response('c1', '2026-11-09T10:00:00.000Z'), ctx(T0));
    await insertResponse(db, response('c1', T0), ctx(T0));
    await insertResponse(db, response('c2', T0), ctx(T0));
    const mine = await firstValueFrom(watchResponsesForClient(db, 'c1'));
    expect(mine.map((r) => r.completedAt)).toEqual([T0, '2026-11-09T10:00:00.000Z']);
    expect((await firstValueFrom(watchResponsesOfKind(db, 'measure'))).length).toBe(3);

    const ack = { kind: 'safety-ack', status: 'resolved', refCollection: 'clients', refId: 'c1', data: { note: 'plan reviewed' }, reason: '' } as const;
    await insertClinicRecord(db, ack, ctx(T0));
    await insertClinicRecord(db, { ...ack, refId: 'c2' }, ctx(T0));
    const acks = await firstValueFrom(watchClinicRecordsFor(db, 'safety-ack', { collection: 'clients', id: 'c1' }));
    expect(acks.map((a) => [a.refId, a.data])).toEqual([['c1', { note: 'plan reviewed' }]]);
  });

  it('reads only what the client list needs: alerting instruments, and the latest response per client and instrument', async () => {
    const db = await openDb('narrow', await newKey());
    await insertResponse(db, response('c1', '2026-11-01T10:00:00.000Z'), ctx(T0));
    await insertResponse(db, { ...response('c1', '2026-11-09T10:00:00.000Z'), score: 7 }, ctx(T0));
    await insertResponse(db, { ...response('c1', '2026-11-05T10:00:00.000Z'), instrumentId: 'GAD-7' }, ctx(T0));
    await insertResponse(
      db,
      { ...response('c1', '2026-11-06T10:00:00.000Z'), kind: 'check-in', instrumentId: 'waypoint-check-in', answers: { mood: 5 } },
      ctx(T0),
    );

    const alerting = await firstValueFrom(watchResponsesOfInstruments(db, 'measure', ['PHQ-9', 'C-SSRS-Screener']));
    expect(alerting.map((r) => [r.instrumentId, r.completedAt])).toEqual([
      ['PHQ-9', '2026-11-01T10:00:00.000Z'],
      ['PHQ-9', '2026-11-09T10:00:00.000Z'],
    ]);
    expect(await firstValueFrom(watchLatestResponse(db, 'c1', 'PHQ-9'))).toMatchObject({ completedAt: '2026-11-09T10:00:00.000Z', score: 7 });
    expect(await firstValueFrom(watchLatestResponse(db, 'c2', 'PHQ-9'))).toBeNull();
    const checkIns = await firstValueFrom(watchClientResponsesOfKind(db, 'c1', 'check-in'));
    expect(checkIns.map((r) => r.answers)).toEqual([{ mood: 5 }]);
    await closeDb(db);
  });
});
