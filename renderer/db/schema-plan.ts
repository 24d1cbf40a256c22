import type { RxCollection, RxDatabase } from 'rxdb/plugins/core';
import type { Attendance, CarePlan, ClinicRecord, Group, InstrumentResponse, Medication, MedicationEvent, Note, Session } from '../../shared/domain/records';
import { attendanceCollection } from './collections/attendance.collection';
import { auditCollection, type AuditDoc } from './collections/audit.collection';
import { careplansCollection } from './collections/careplans.collection';
import { clientsCollection, type ClientDoc } from './collections/clients.collection';
import { clinicCollection } from './collections/clinic.collection';
import { groupsCollection } from './collections/groups.collection';
import { medeventsCollection } from './collections/medevents.collection';
import { medicationsCollection } from './collections/medications.collection';
import { notesCollection } from './collections/notes.collection';
import { responsesCollection } from './collections/responses.collection';
import { sessionsCollection } from './collections/sessions.collection';
import { staffCollection, type StaffDoc } from './collections/staff.collection';
import type { SealedFieldMap } from './sealed-fields';

/**
 * The whole local schema. RxDB's free build opens at most 13 collections per process (COL23), so alike entities
 * share a collection with a `kind`: notes + addenda, every questionnaire response, plans + reviews, and clinic-wide
 * records (settings, conflict copies, quarantine, schedules). Twelve collections leave one spare.
 */
export interface WaypointCollections {
  clients: RxCollection<ClientDoc>;
  staff: RxCollection<StaffDoc>;
  groups: RxCollection<Group>;
  sessions: RxCollection<Session>;
  attendance: RxCollection<Attendance>;
  notes: RxCollection<Note>;
  responses: RxCollection<InstrumentResponse>;
  medications: RxCollection<Medication>;
  medevents: RxCollection<MedicationEvent>;
  careplans: RxCollection<CarePlan>;
  audit: RxCollection<AuditDoc>;
  clinic: RxCollection<ClinicRecord>;
}

export type WaypointDatabase = RxDatabase<WaypointCollections>;
export type CollectionName = keyof WaypointCollections;

export const COLLECTION_SPECS = {
  clients: clientsCollection,
  staff: staffCollection,
  groups: groupsCollection,
  sessions: sessionsCollection,
  attendance: attendanceCollection,
  notes: notesCollection,
  responses: responsesCollection,
  medications: medicationsCollection,
  medevents: medeventsCollection,
  careplans: careplansCollection,
  audit: auditCollection,
  clinic: clinicCollection,
} as const satisfies Record<CollectionName, unknown>;

export const COLLECTION_NAMES = Object.keys(COLLECTION_SPECS) as readonly string[];

/** Sealed fields per collection, gathered from the collection modules that own them. */
export const SEALED_FIELDS: SealedFieldMap = Object.fromEntries(Object.entries(COLLECTION_SPECS).map(([name, spec]) => [name, spec.sealed]));

/** The schema version of every collection, by name: what a backup records and a restore checks against. */
export function collectionSchemaVersions(): Record<CollectionName, number> {
  const entries = Object.entries(COLLECTION_SPECS).map(([name, spec]) => [name, spec.schema.version] as const);
  return Object.fromEntries(entries) as Record<CollectionName, number>;
}
