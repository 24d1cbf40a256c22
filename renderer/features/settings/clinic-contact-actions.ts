/**
 * The clinic's phone and crisis line for client copies (progress.md §4.4, §7.4), written as a 'settings' clinic record
 * (synced like every clinic record) and audited as 'settings'. A plain function of (context, input).
 */
import { CLINIC_CONTACT_REF, clinicContactErrors, type ClinicContact } from '../../../shared/reports';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';

/** Thrown when the contact cannot be saved; `errors` are the messages at the fields. */
export class ClinicContactError extends Error {
  readonly code = 'clinic_contact_invalid';
  constructor(readonly errors: Readonly<Record<string, string>>) {
    super(Object.values(errors)[0] ?? 'The clinic contact cannot be saved.');
    this.name = 'ClinicContactError';
  }
}

const shown = (v: string): string => (v === '' ? 'not set' : v);

/** Saves the clinic's phone and crisis line (either may be empty); supervisors and admins only; audited with old and new. */
export async function saveClinicContact(
  ctx: ActorContext,
  input: { readonly phone: string; readonly crisisLine: string },
  previous: ClinicContact,
): Promise<void> {
  if (ctx.actor.role !== 'supervisor' && ctx.actor.role !== 'admin')
    throw new ClinicContactError({ form: 'Only a supervisor or clinic admin can change the clinic’s phone and crisis line.' });
  const data = { phone: input.phone.trim(), crisisLine: input.crisisLine.trim() };
  const errors = clinicContactErrors(data);
  if (Object.keys(errors).length > 0) throw new ClinicContactError(errors);
  const stamp = writeStamp(ctx);
  const saved = await insertClinicRecord(
    ctx.db,
    { kind: 'settings', status: 'open', refCollection: CLINIC_CONTACT_REF.collection, refId: CLINIC_CONTACT_REF.id, data, reason: '' },
    stamp,
  );
  const detail = `Clinic phone ${shown(data.phone)} (was ${shown(previous.phone)}); crisis line ${shown(data.crisisLine)} (was ${shown(previous.crisisLine)})`;
  await auditFor(ctx, 'vault')('settings', saved.id, detail, stamp.now);
}
