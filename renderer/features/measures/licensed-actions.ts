import type { LicensedText } from '../../../shared/instruments';
import { auditFor } from '../../audit';
import { insertClinicRecord } from '../../db';
import { writeStamp, type ActorContext } from '../../session';
import { LICENSED_REF } from './licensed-records';

/** Stores one checked file of licensed text as a single sealed record (so an import is all or nothing), audited. */
export async function importLicensedText(ctx: ActorContext, texts: readonly LicensedText[], fileName: string): Promise<void> {
  const stamp = writeStamp(ctx);
  const data = { fileName, instruments: texts.map((t) => ({ ...t, items: t.items.map((i) => ({ ...i, options: i.options?.map((o) => ({ ...o })) })) })) };
  const record = {
    kind: 'settings',
    status: 'open',
    refCollection: LICENSED_REF.collection,
    refId: LICENSED_REF.id,
    data: JSON.parse(JSON.stringify(data)) as Record<string, unknown>,
    reason: '',
  } as const;
  const saved = await insertClinicRecord(ctx.db, record, stamp);
  await auditFor(ctx, 'vault')('settings', saved.id, `Imported licensed item text for ${texts.map((t) => t.id).join(', ')} from ${fileName}`, stamp.now);
}
