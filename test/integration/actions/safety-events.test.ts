import { runInNewContext } from 'node:vm';
import { createRxDatabase, type RxJsonSchema } from 'rxdb/plugins/core';
import { getRxStorageDexie } from 'rxdb/plugins/storage-dexie';
import { firstValueFrom } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { insertSafetyEvent, watchResponsesForClient, watchSafetyEventsForClient } from '../../../renderer/db';
import { COLLECTION_SPECS, SEALED_FIELDS } from '../../../renderer/db/schema-plan';
import { wrapSealedStorage } from '../../../renderer/db/sealed-storage';
import { loadReviewEvidence } from '../../../renderer/progress/review-evidence';
import { createClientRecord } from '../../../renderer/features/clients/client-actions';
import {
  SafetyEventCorrectionRefusedError,
  SafetyEventRefusedError,
  correctSafetyEvent,
  recordSafetyEvent,
} from '../../../renderer/features/safety-plans/safety-event-actions';
import { validateDocUpdateSource, validationRulesFor } from '../../../shared/sync/validate-doc-update';
import type { InstrumentResponse } from '../../../shared/domain/records';
import { closeDb, crypto, dumpIndexedDb, newKey, openDb } from '../db-helpers';
import { actorOn, auditTrail } from './actor';
import { ZOE } from '../../utils/client-input';

describe('recording a safety event on real storage', () => {
  it('stores the event with its note sealed, lists it, and audits its type and day but never the note', async () => {
    const { ctx, db } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const input = { clientId: client.id, on: '2026-12-03', type: 'crisis_visit', note: 'SECRET-went to the ED after an argument', source: 'manual' } as const;
    const saved = await recordSafetyEvent(ctx, input);
    expect(saved).toMatchObject({ on: '2026-12-03', type: 'crisis_visit', source: 'manual', recordedAt: '2026-12-04T09:00:00.000Z' });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual([saved]);

    const dump = await dumpIndexedDb();
    expect(dump).toContain(saved.id);
    expect(dump).not.toContain('SECRET-');
    const trail = await auditTrail(db);
    expect(trail.at(-1)).toMatchObject({
      action: 'create',
      entity: 'response',
      detail: `Safety event recorded for client ${client.id}: Emergency visit or admission for a psychiatric crisis on 2026-12-03 (manual)`,
    });
    expect(JSON.stringify(trail)).not.toContain('SECRET-');

    // The review evidence (and so the dashboard, which builds on it) counts the recorded event as a high-severity one.
    const { evidence, snapshot } = await loadReviewEvidence(db, client.id, '2026-12-04');
    expect(evidence.safety.events).toEqual([
      { recordId: saved.id, date: '2026-12-03', type: 'Emergency visit or admission for a psychiatric crisis', severity: 'high' },
    ]);
    expect(snapshot.safetyEvents).toEqual([{ daysAgo: 1, severity: 'high' }]);
  });

  it.each([
    { on: '2026-12-05', type: 'overdose', error: { on: 'The day cannot be in the future.' } },
    { on: '2026-10-30', type: 'overdose', error: { on: 'The day cannot be before the admission (2026-11-01).' } },
    { on: '2026-12-01', type: 'nonsense', error: { type: 'Choose what happened.' } },
  ])('refuses $on $type, and nothing is stored or audited', async ({ on, type, error }) => {
    const { ctx, db } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const before = (await auditTrail(db)).length;
    const refused = await recordSafetyEvent(ctx, { clientId: client.id, on, type, note: '', source: 'manual' }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SafetyEventRefusedError);
    expect(refused).toMatchObject({ errors: error });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual([]);
    expect((await auditTrail(db)).length).toBe(before);
  });
});

/** The server's guard of the responses database, run as CouchDB runs it; returns its refusal or null. */
function responsesGuard(newDoc: object, oldDoc: object | null): string | null {
  const fn = runInNewContext(`(${validateDocUpdateSource(validationRulesFor('responses', ['clientId']))})`) as (...args: unknown[]) => void;
  try {
    fn(newDoc, oldDoc, { name: 'u', roles: ['wp_c'] }, {});
    return null;
  } catch (thrown) {
    return (thrown as { forbidden?: string }).forbidden ?? 'threw something else';
  }
}
const sealed = { e2ee: `w1.${'A'.repeat(16)}.${'B'.repeat(22)}==` };

describe('a safety event recorded from an open safety alert', () => {
  it('stores the link to the alerting response and its day, and audits where it came from', async () => {
    const { ctx, db } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const alert = { responseId: 'phq9-r1', on: '2026-12-02' };
    const saved = await recordSafetyEvent(ctx, { clientId: client.id, on: '2026-12-02', type: 'self_harm_act', note: '', source: 'alert', alert });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual([saved]);
    expect(saved).toMatchObject({ source: 'alert', alert, on: '2026-12-02' });
    expect((await auditTrail(db)).at(-1)?.detail).toBe(
      `Safety event recorded for client ${client.id}: Self-harm act on 2026-12-02 (alert) from the alert of 2026-12-02 (response phq9-r1)`,
    );
  });
});

describe('correcting a recorded safety event', () => {
  it('appends a superseding entry: the evidence counts the corrected value, the original stays readable and the server refuses editing it', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const original = await recordSafetyEvent(ctx, { clientId: client.id, on: '2026-12-03', type: 'overdose', note: 'SECRET-first', source: 'manual' });
    tick();
    const draft = { on: '2026-12-02', type: 'crisis_call', note: 'SECRET-called the line' };
    const reason = 'SECRET-REASON it was a call, not an overdose';
    const fixed = await correctSafetyEvent(ctx, { clientId: client.id, correctsId: original.id, reason, enteredInError: false, draft });
    expect(fixed).toMatchObject({ type: 'crisis_call', on: '2026-12-02', supersedesId: original.id, correctionReason: reason.trim() });

    // Both entries stay stored and readable; the original is unchanged.
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual([original, fixed]);
    const { evidence, snapshot } = await loadReviewEvidence(db, client.id, '2026-12-04');
    expect(evidence.safety.events).toEqual([{ recordId: fixed.id, date: '2026-12-02', type: 'Call to a crisis line', severity: 'lower' }]);
    expect(snapshot.safetyEvents).toEqual([{ daysAgo: 2, severity: 'lower' }]);
    const trail = await auditTrail(db);
    expect(trail.at(-1)).toMatchObject({
      action: 'create',
      entityId: fixed.id,
      detail: `Safety event ${original.id} of client ${client.id} corrected to Call to a crisis line on 2026-12-02 (reason recorded)`,
    });
    expect(JSON.stringify(trail)).not.toContain('SECRET');

    // The server guard still refuses changing the original; the correction goes up as a new document.
    const stored = { _id: original.id, _rev: '1-a', clientId: client.id, ...sealed };
    expect(responsesGuard({ ...stored, _rev: '2-b' }, stored)).toContain('append-only');
    expect(responsesGuard({ ...stored, _deleted: true }, stored)).toContain('append-only');
    expect(responsesGuard({ _id: fixed.id, clientId: client.id, ...sealed }, null)).toBeNull();
  });

  it('marks an entry entered in error with a reason: nothing of it counts, both entries stay', async () => {
    const { ctx, db, tick } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const original = await recordSafetyEvent(ctx, { clientId: client.id, on: '2026-12-03', type: 'overdose', note: '', source: 'manual' });
    tick();
    const withdrawn = await correctSafetyEvent(ctx, { clientId: client.id, correctsId: original.id, reason: 'Wrong client', enteredInError: true });
    expect(withdrawn).toMatchObject({ enteredInError: true, supersedesId: original.id, type: 'overdose', on: '2026-12-03' });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual([original, withdrawn]);
    expect((await loadReviewEvidence(db, client.id, '2026-12-04')).evidence.safety.events).toEqual([]);
  });

  it.each([
    { name: 'without a reason', reason: ' ', correctsSecond: false, message: 'Say why this safety event is corrected.' },
    { name: 'of an entry already corrected', reason: 'again', correctsSecond: true, message: 'This entry was already corrected: correct the current one.' },
  ])('refuses a correction $name, and nothing is stored or audited', async ({ reason, correctsSecond, message }) => {
    const { ctx, db } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const original = await recordSafetyEvent(ctx, { clientId: client.id, on: '2026-12-03', type: 'overdose', note: '', source: 'manual' });
    if (correctsSecond) await correctSafetyEvent(ctx, { clientId: client.id, correctsId: original.id, reason: 'first', enteredInError: true });
    const before = await firstValueFrom(watchSafetyEventsForClient(db, client.id));
    const auditBefore = (await auditTrail(db)).length;
    const refused = await correctSafetyEvent(ctx, { clientId: client.id, correctsId: original.id, reason, enteredInError: true }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(SafetyEventCorrectionRefusedError);
    expect(refused).toMatchObject({ message });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, client.id))).toEqual(before);
    expect((await auditTrail(db)).length).toBe(auditBefore);
  });

  it('checks a corrected day like a new one: in the future is refused at the field', async () => {
    const { ctx } = await actorOn('therapist');
    const client = await createClientRecord(ctx, ZOE);
    const original = await recordSafetyEvent(ctx, { clientId: client.id, on: '2026-12-03', type: 'overdose', note: '', source: 'manual' });
    const draft = { on: '2026-12-09', type: 'overdose', note: '' };
    const refused = await correctSafetyEvent(ctx, { clientId: client.id, correctsId: original.id, reason: 'day', enteredInError: false, draft }).catch(
      (e: unknown) => e,
    );
    expect(refused).toMatchObject({ errors: { on: 'The day cannot be in the future.' } });
  });
});

// The responses schema as v3 shipped (before the kind safety_event); its responses must open under v4 unchanged.
function v3Schema(): RxJsonSchema<InstrumentResponse> {
  const { schema } = COLLECTION_SPECS.responses;
  const kind = { type: 'string', enum: ['measure', 'check-in', 'family-feedback', 'homework_completion', 'target_behaviour'], maxLength: 32 };
  return { ...schema, version: 3, properties: { ...schema.properties, kind } };
}

describe('responses migration v3 → v4', () => {
  it('opens a v3 response unchanged, and a safety event can then be stored beside it', async () => {
    const key = await newKey();
    const storage = wrapSealedStorage({ storage: getRxStorageDexie(), crypto, key, sealedFields: SEALED_FIELDS });
    const old = await createRxDatabase({ name: 'responses-v3', storage, multiInstance: false });
    const at = '2026-11-02T10:00:00.000Z';
    const v3: InstrumentResponse = {
      ...{ id: 'r3', authorId: 'u1', createdAt: at, updatedAt: at, kind: 'target_behaviour', instrumentId: 'panic_attacks', instrumentVersion: '1' },
      ...{ clientId: 'c1', sessionId: '', respondent: 'client', completedAt: at, answers: { value: 2 }, score: 2, band: null, flags: [], comment: '' },
      ...{ supersedesId: '', correctionReason: '' },
    };
    const collections = await old.addCollections({ responses: { schema: v3Schema() } });
    await collections.responses.insert(v3);
    await old.close();

    const db = await openDb('responses-v3', key);
    expect(await firstValueFrom(watchResponsesForClient(db, 'c1'))).toEqual([v3]);
    expect(COLLECTION_SPECS.responses.schema.version).toBe(4);
    const event = { on: '2026-11-03', type: 'self_harm_act', note: '', source: 'alert' } as const;
    await insertSafetyEvent(db, 'c1', event, { authorId: 'u1', now: new Date('2026-11-04T10:00:00.000Z') });
    expect(await firstValueFrom(watchSafetyEventsForClient(db, 'c1'))).toMatchObject([event]);
    expect((await firstValueFrom(watchResponsesForClient(db, 'c1'))).map((r) => r.kind)).toEqual(['target_behaviour', 'safety_event']);
    await closeDb(db);
  });
});
