import {
  INSTRUMENTS,
  LICENSED_TEXT_FORMAT,
  checkLicensedValue,
  getInstrument,
  withLicensedText,
  type InstrumentDefinition,
  type InstrumentId,
  type LicensedText,
} from '../../../shared/instruments';
import type { ClinicRecord } from '../../db';
import { isAdministrable } from './instrument-forms';

/** Where imports of licensed item text are stored: sealed 'settings' clinic records with this reference. */
export const LICENSED_REF = { collection: 'instruments', id: 'licensed-text' } as const;

export interface ImportedText {
  readonly text: LicensedText;
  readonly recordId: string;
  readonly importedAt: string;
  readonly fileName: string;
}

/**
 * The licensed text in force per instrument: from the newest import that holds it. Each stored import is checked again
 * against the built-in rules, so an import that no longer matches them (after a scoring update) is ignored, not shown.
 */
export function licensedTextsOf(records: readonly ClinicRecord[]): ReadonlyMap<InstrumentId, ImportedText> {
  const out = new Map<InstrumentId, ImportedText>();
  const imports = records
    .filter((r) => r.kind === 'settings' && r.refCollection === LICENSED_REF.collection && r.refId === LICENSED_REF.id)
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const r of imports) {
    const checked = checkLicensedValue({ format: LICENSED_TEXT_FORMAT, instruments: r.data.instruments });
    if (!checked.ok) continue;
    const fileName = typeof r.data.fileName === 'string' ? r.data.fileName : '';
    for (const text of checked.texts) out.set(text.id, { text, recordId: r.id, importedAt: r.createdAt, fileName });
  }
  return out;
}

/** Every instrument the chart can administer: shipped wording, plus licence-gated ones whose text the clinic imported. */
export function administrableWith(licensed: ReadonlyMap<InstrumentId, ImportedText>): readonly InstrumentDefinition[] {
  return INSTRUMENTS.flatMap((def) => {
    const imported = licensed.get(def.id);
    const merged = imported ? withLicensedText(def, imported.text) : def;
    return isAdministrable(merged) ? [merged] : [];
  });
}

/** The definition to show for an instrument: with imported text where there is some. */
export function displayDefinition(id: InstrumentId, licensed: ReadonlyMap<InstrumentId, ImportedText>): InstrumentDefinition | undefined {
  const def = getInstrument(id);
  const imported = licensed.get(id);
  return def && imported ? withLicensedText(def, imported.text) : def;
}
