import { describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';

/**
 * What the server reads in clear, per collection (issue 18 item 7; docs/sync.md "What the server reads in clear").
 * A new field in clear must be added here and to that section, with the reason the server needs it.
 */
/** A record's routing fields followed by who wrote it and when, which every record collection sends in clear. */
const stamped = (...routing: string[]): readonly string[] => [...routing, 'authorId', 'createdAt', 'updatedAt'];

const IN_CLEAR: Readonly<Record<string, readonly string[]>> = {
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

describe('the sync plan: what leaves the laptop in clear', () => {
  it.each(SYNC_PLANS.map((plan) => [plan.collection, plan] as const))('%s sends only the fields its guard requires', (collection, plan) => {
    expect(plan.plaintextFields).toEqual(IN_CLEAR[collection]);
    expect(plan.plaintextFields).toEqual(plan.requiredFields);
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
