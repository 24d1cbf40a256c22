import { describe, expect, it } from 'vitest';
import { guardClearFields, SYNC_PLANS } from '../../../renderer/db/sync-plan';
import { requiredFieldsOfGuard, validationRulesFor, waypointDesignDoc } from '../../../shared/sync/validate-doc-update';

/** A record's routing fields followed by who wrote it and when, which every record collection sends in clear. */
const stamped = (...routing: string[]): readonly string[] => [...routing, 'authorId', 'createdAt', 'updatedAt'];

/**
 * What the server reads in clear, per collection (issue 18 item 7; docs/sync.md "What the server reads in clear").
 * A new field in clear must be added here and to that section, with the reason the server needs it.
 * Under guard v2 (installed by "Update the server's protection" since 2026-12-05) a laptop sends only the fields the
 * guard's rules read:
 */
const IN_CLEAR: Readonly<Record<string, readonly string[]>> = {
  clients: [],
  staff: [],
  groups: [],
  sessions: [],
  attendance: [],
  notes: ['kind', 'status'],
  responses: [],
  medications: [],
  medevents: [],
  careplans: ['kind', 'status', 'clientId', 'planId', 'version', 'previousVersionId', 'effectiveFrom', 'reviewDueOn', 'contentHash'],
  audit: [],
  clinic: [],
};

/** Under guard v1 (a server not yet updated, or a guard this laptop cannot read) it sends what v1 requires: */
const IN_CLEAR_V1: Readonly<Record<string, readonly string[]>> = {
  clients: stamped('status', 'primaryClinicianId'),
  staff: stamped('role', 'active', 'supervised'),
  groups: stamped('status', 'leaderId', 'memberIds'),
  sessions: stamped('kind', 'status', 'clientId', 'groupId', 'clinicianId', 'clinicianIds', 'startsAt', 'endsAt'),
  attendance: stamped('sessionId', 'clientId', 'sessionAt', 'status'),
  notes: stamped('kind', 'status', 'clientId', 'sessionId', 'parentId', 'templateId', 'cosignerId'),
  responses: stamped('kind', 'instrumentId', 'instrumentVersion', 'clientId', 'sessionId', 'respondent', 'completedAt'),
  medications: stamped('clientId', 'status', 'prescriberId'),
  medevents: stamped('kind', 'clientId', 'medicationId', 'sessionId', 'occurredOn'),
  careplans: stamped('kind', 'status', 'clientId', 'planId', 'version', 'previousVersionId', 'effectiveFrom', 'reviewDueOn', 'contentHash'),
  // deviceId and seq (the chain) travel in the envelope only: builds before the chain do not send them (sync-plan.ts).
  audit: ['action', 'entity', 'entityId', 'actorId', 'at'],
  clinic: stamped('kind', 'status', 'refCollection', 'refId'),
};

const installed = (collection: string, required: readonly string[]) =>
  requiredFieldsOfGuard(waypointDesignDoc(validationRulesFor(collection, required, SYNC_PLANS.find((p) => p.collection === collection)?.acceptedClearFields)));

describe('the sync plan: what leaves the laptop in clear', () => {
  it.each(SYNC_PLANS.map((plan) => [plan.collection, plan] as const))('%s sends only the fields its guard requires', (collection, plan) => {
    expect(plan.requiredFields).toEqual(IN_CLEAR[collection]);
    expect(guardClearFields(plan, installed(collection, plan.requiredFields))).toEqual(IN_CLEAR[collection]);
    expect(plan.plaintextFields).toEqual(IN_CLEAR_V1[collection]);
    expect(guardClearFields(plan, installed(collection, plan.plaintextFields))).toEqual(IN_CLEAR_V1[collection]);
    expect(guardClearFields(plan, null)).toEqual(IN_CLEAR_V1[collection]);
  });

  it('never sends in clear a field a tampered guard asks for beyond what guard v1 required', () => {
    const clients = SYNC_PLANS.find((plan) => plan.collection === 'clients');
    if (!clients) throw new Error('no clients plan');
    expect(guardClearFields(clients, ['firstName', 'status'])).toEqual(['status']);
  });

  it.each([
    ['no design document', null],
    ['another design document', { _id: '_design/waypoint', validate_doc_update: 'function (newDoc) { throw({ forbidden: "no" }); }' }],
    ['rules that are not JSON', { validate_doc_update: 'function (newDoc, oldDoc, userCtx, secObj) {\n  var rules = {oops};\n}' }],
  ])('reads no required fields from %s (the laptop then sends what guard v1 requires)', (_name, design) => {
    expect(requiredFieldsOfGuard(design)).toBeNull();
  });

  it('no longer sends the optional fields older builds sent (signing time, co-sign flag, correction and feedback links)', () => {
    const sent = (collection: string): readonly string[] => SYNC_PLANS.find((plan) => plan.collection === collection)?.plaintextFields ?? [];
    expect(sent('notes')).not.toContain('signedAt');
    expect(sent('notes')).not.toContain('cosignRequired');
    expect(sent('responses')).not.toContain('supersedesId');
    expect(sent('sessions')).not.toContain('feedbackResponseId');
    // A laptop not yet updated still sends them: the guard keeps accepting them, and nothing else.
    expect(SYNC_PLANS.find((plan) => plan.collection === 'notes')?.acceptedClearFields).toContain('signedAt');
  });
});
