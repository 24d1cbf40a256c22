import { describe, expect, it } from 'vitest';
import { SYNC_PLANS } from '../../../renderer/db/sync-plan';

/**
 * What the server reads in clear, per collection (issue 18 item 7; docs/sync.md "What the server reads in clear").
 * A new field in clear must be added here and to that section, with the reason the server needs it.
 */
const IN_CLEAR: Readonly<Record<string, readonly string[]>> = {
  clients: ['status', 'primaryClinicianId', 'authorId', 'createdAt', 'updatedAt'],
  staff: ['role', 'active', 'supervised', 'authorId', 'createdAt', 'updatedAt'],
  groups: ['status', 'leaderId', 'memberIds', 'authorId', 'createdAt', 'updatedAt'],
  sessions: ['kind', 'status', 'clientId', 'groupId', 'clinicianId', 'clinicianIds', 'startsAt', 'endsAt', 'authorId', 'createdAt', 'updatedAt'],
  attendance: ['sessionId', 'clientId', 'sessionAt', 'status', 'authorId', 'createdAt', 'updatedAt'],
  notes: ['kind', 'status', 'clientId', 'sessionId', 'parentId', 'templateId', 'cosignerId', 'authorId', 'createdAt', 'updatedAt'],
  responses: ['kind', 'instrumentId', 'instrumentVersion', 'clientId', 'sessionId', 'respondent', 'completedAt', 'authorId', 'createdAt', 'updatedAt'],
  medications: ['clientId', 'status', 'prescriberId', 'authorId', 'createdAt', 'updatedAt'],
  medevents: ['kind', 'clientId', 'medicationId', 'sessionId', 'occurredOn', 'authorId', 'createdAt', 'updatedAt'],
  careplans: [
    'kind',
    'status',
    'clientId',
    'planId',
    'version',
    'previousVersionId',
    'effectiveFrom',
    'reviewDueOn',
    'contentHash',
    'authorId',
    'createdAt',
    'updatedAt',
  ],
  // deviceId and seq (the chain) travel in the envelope only: builds before the chain do not send them (sync-plan.ts).
  audit: ['action', 'entity', 'entityId', 'actorId', 'at'],
  clinic: ['kind', 'status', 'refCollection', 'refId', 'authorId', 'createdAt', 'updatedAt'],
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
