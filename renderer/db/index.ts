/** The public surface of the local database: features import from here, never from RxDB. */
export { createDatabase, closeDatabase, type ConflictHandlerFor, type CreateDatabaseOptions } from './database';
export type { WaypointDatabase, CollectionName } from './schema-plan';
export { collectionSchemaVersions } from './schema-plan';
export { DatabaseProvider, useDatabase } from './DatabaseProvider';
export { useLiveQuery } from './useLiveQuery';
export type { LiveQueryState } from './live-store';
export { SealedRecordError } from './sealed-storage';
export { SealedQueryError } from './sealed-fields';
export { RecordNotFoundError, type WriteContext } from './collections/collection-spec';

export {
  watchClients,
  watchClient,
  getClient,
  insertClient,
  updateClient,
  dischargeClient,
  setClientLevelOfCare,
  compareClients,
} from './collections/clients.collection';
export { watchStaff, getStaff, insertStaff, updateStaff, setStaffActive, findDeactivation } from './collections/staff.collection';
export { appendAudit, auditDeviceId, onAuditHead, readChainHead, type AuditHeadListener } from './collections/audit.collection';
export { checkAuditTrail, checkAuditTrailSinceMarks, type AuditTrailCheck, type CheckpointVerifier } from './collections/audit-verify';
export { readAuditCheckpoints, storeAuditCheckpoint } from './collections/audit-checkpoints';
export { insertGroup, updateGroup, getGroup, findGroupsByStatus, watchGroups, watchGroup } from './collections/groups.collection';
export {
  insertSession,
  updateSession,
  getSession,
  findSessionsForClient,
  watchSession,
  watchSessionsBetween,
  watchSessionsByIds,
  watchClientSessions,
  type SessionInput,
} from './collections/sessions.collection';
export {
  insertAttendance,
  saveAttendance,
  attendanceId,
  getAttendance,
  findAttendanceForSession,
  watchAttendanceForSession,
  watchAttendanceForClient,
  watchAttendanceOfAbsentees,
} from './collections/attendance.collection';
export {
  insertNote,
  getNote,
  createDraft,
  saveDraft,
  discardDraft,
  restoreDraft,
  type DiscardOutcome,
  signNote,
  addAddendum,
  cosignNote,
  NoteLockedError,
  type DraftStart,
  type DraftPatch,
} from './collections/notes.collection';
export {
  awaitingCosign,
  findNotesForClient,
  findNotesForSession,
  findUnsignedNotesByAuthor,
  watchDiscardedNotes,
  watchNote,
  watchNoteChildren,
  watchNotesForClient,
  watchNotesForSession,
  watchNotesAwaitingCosign,
  watchUnsignedNotesByAuthor,
} from './collections/note-queries';
export {
  insertResponse,
  getResponse,
  findResponsesForClient,
  watchResponsesForClient,
  watchResponsesOfKind,
  watchResponsesOfInstruments,
  watchLatestResponse,
  watchClientResponsesOfKind,
} from './collections/responses.collection';
export {
  insertMedication,
  updateMedication,
  getMedication,
  findMedicationsForClient,
  watchMedicationsForClient,
  watchMedicationsByStatus,
} from './collections/medications.collection';
export {
  insertMedicationEvent,
  getMedicationEvent,
  findMedicationEventsForClient,
  watchMedicationEventsForClient,
  watchMedicationEventsSince,
} from './collections/medevents.collection';
export { PlanLockedError, migrateCarePlanV0 } from './collections/careplans.collection';
export {
  PlanValidationError,
  getPlanVersion,
  insertPlanDraft,
  planRecordOf,
  savePlanDraft,
  setPlanVersionStatus,
  signPlanVersion,
  watchPlanVersion,
  watchPlanVersionsForClient,
  type SignatureInput,
} from './collections/careplan-versions';
export {
  planVersionLifecycle,
  recordClientCopyProvided,
  recordObjectiveStatus,
  watchObjectiveStatuses,
  watchPlansWithHistory,
  watchClientCopiesProvided,
} from './collections/careplan-history';
export {
  addSafetyPlanSignature,
  getSafetyPlanVersion,
  insertSafetyPlanDraft,
  recordSafetyPlanReview,
  safetyPlanRecordOf,
  saveSafetyPlanDraft,
  signSafetyPlanVersion,
  watchSafetyPlans,
  safetyPlanHistoryOf,
  type SafetyPlanHistory,
} from './collections/safety-plan-versions';
export {
  insertHomework,
  insertHomeworkCompletion,
  insertTargetBehaviourEntry,
  setHomeworkStatus,
  watchHomeworkCompletionsForClient,
  watchHomeworkForClient,
  watchTargetBehaviourEntriesForClient,
} from './collections/plan-entries';
export { insertSafetyEvent, recordedSafetyEventOf, watchSafetyEventsForClient, type NewSafetyEvent, type StoredSafetyEvent } from './collections/safety-events';
export {
  findDischargeSummaries,
  getDischargeSummary,
  insertDischargeAddendum,
  insertDischargeCosign,
  insertDischargeClientCopy,
  insertDischargeSummaryDraft,
  saveDischargeSummaryDraft,
  signDischargeSummary,
  watchAllDischargeSummaries,
  watchDischargeSummaries,
  type ClientDischargeSummaries,
  type DischargeSigner,
} from './collections/discharge-summaries';
export {
  findReviewsForClient,
  getReview,
  insertReviewAttachment,
  insertReviewDraft,
  isStaffSupervised,
  saveReviewDraft,
  signReviewDraft,
  watchAllReviews,
  watchReview,
  watchReviewsForClient,
  type ClientReviews,
  type ReviewDraftPatch,
} from './collections/progress-reviews';
export {
  insertClinicRecord,
  getClinicRecord,
  findClinicRecords,
  watchClinicRecords,
  watchClinicRecordsFor,
  watchOpenSyncIssueCount,
} from './collections/clinic.collection';
export {
  findSyncAccounts,
  markSyncAccountDisabled,
  recordSyncAccount,
  syncAccountOwner,
  watchSyncAccounts,
  type SyncAccount,
} from './collections/sync-accounts';
export { publishEncryptionKey, readEncryptionKey, readEncryptionKeys } from './collections/encryption-keys';
export { publishSigningKey, readKeyRecords, storeCertificate, storeRevocation, watchKeyRecords, type KeyRecords } from './collections/signing-keys';

export type { Client, ClientInput, DischargeInput } from '../../shared/domain/client';
export type { Staff, StaffInput } from '../../shared/domain/staff';
export type { AuditEvent, AuditEventInput } from '../../shared/domain/audit';
export type * from '../../shared/domain/records';
export { watchCarePlanRecordsOfKinds } from './collections/careplan-records';
export { episodeEventOf, findEpisodeEventsForClient, insertEpisodeEvent, watchEpisodeEventsForClient } from './collections/episode-events';
export { findAuditForEntities, findAuditInScope, findClientRecordIds, pageAfter, type AuditReadScope } from './collections/audit-client';
export {
  cursorAfter,
  findAuditBefore,
  watchAudit,
  watchAuditForEntity,
  findNoteClients,
  type AuditCursor,
  type AuditStoreFilter,
} from './collections/audit-queries';
export { watchSupervisionRecords, type SupervisionPlanRecords } from './collections/supervision-records';
export { readLocalEntries, writeLocalEntries, type LocalEntries, type LocalStoreName } from './collections/local-store';
export { CLIENT_FEED_COLLECTIONS, clientChangesSince, latestCheckpoints, type ChangeCheckpoints, type ClientChanges } from './collections/client-changes';
export { idbRequest } from './idb-request';
