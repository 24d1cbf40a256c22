/**
 * Server-side names for one clinic. CouchDB database names must start with a lower-case letter and contain only
 * a-z, 0-9 and _$()+-/; keeping clinic ids to [a-z0-9-] makes every derived name legal without escaping.
 */

const CLINIC_ID = /^[a-z][a-z0-9-]{0,39}$/;

/** Thrown when a clinic id cannot become part of a CouchDB database name. */
export class InvalidClinicIdError extends Error {
  readonly code = 'invalid_clinic_id';
  constructor(readonly clinicId: string) {
    super(`Clinic id "${clinicId}" must start with a letter and use only a-z, 0-9 and "-" (at most 40 characters).`);
    this.name = 'InvalidClinicIdError';
  }
}

/** Throws InvalidClinicIdError unless the id is usable in database and role names. */
export function assertClinicId(clinicId: string): void {
  if (!CLINIC_ID.test(clinicId)) throw new InvalidClinicIdError(clinicId);
}

/** The database holding one collection of one clinic, e.g. `wp_north-clinic_clients`. */
export function clinicDbName(clinicId: string, collection: string): string {
  assertClinicId(clinicId);
  return `wp_${clinicId}_${collection.toLowerCase()}`;
}

/** The CouchDB role every member of the clinic holds; `_security` lets only this role in. */
export function clinicRole(clinicId: string): string {
  assertClinicId(clinicId);
  return `wp_${clinicId}`;
}

/** The database holding the clinic's wrapped master keys (one per user, enrollment codes, recovery). */
export const KEYRING_COLLECTION = 'keyring';
