/** Every instrument definition of the §14 contract, and lookup by id (ids arrive from storage as plain strings). */
import { AUDIT } from './audit';
import { AUDIT_C } from './audit-c';
import { CSSRS_SCREENER } from './cssrs';
import { DASS21 } from './dass21';
import { DAST10 } from './dast10';
import { CDC_HRQOL4 } from './hrqol4';
import { WHODAS_12, WSAS } from './functional-gated';
import { GAD2 } from './gad2';
import { GAD7 } from './gad7';
import { K10 } from './k10';
import { K6 } from './k6';
import { ORS } from './ors';
import { PCL5 } from './pcl5';
import { PHQ2 } from './phq2';
import { PHQ9 } from './phq9';
import { INSTRUMENT_IDS } from './types';
import type { InstrumentDefinition, InstrumentId } from './types';
import { WHO5 } from './who5';

const BY_ID = {
  'PHQ-9': PHQ9,
  'GAD-7': GAD7,
  'PHQ-2': PHQ2,
  'GAD-2': GAD2,
  'PCL-5': PCL5,
  AUDIT,
  'AUDIT-C': AUDIT_C,
  'DAST-10': DAST10,
  'C-SSRS-Screener': CSSRS_SCREENER,
  'WHO-5': WHO5,
  K10,
  K6,
  'DASS-21': DASS21,
  ORS,
  'CDC-HRQOL-4': CDC_HRQOL4,
  WSAS,
  'WHODAS-12': WHODAS_12,
} as const satisfies Record<InstrumentId, InstrumentDefinition>;

/** All instruments, in the order of `INSTRUMENT_IDS`. */
export const INSTRUMENTS: readonly InstrumentDefinition[] = INSTRUMENT_IDS.map((id) => BY_ID[id]);

/** True when `value` is one of the contract's instrument ids. */
export function isInstrumentId(value: unknown): value is InstrumentId {
  return INSTRUMENT_IDS.some((id) => id === value);
}

/** The definition for `id`, or undefined for an id this build does not know. */
export function getInstrument(id: string): InstrumentDefinition | undefined {
  return isInstrumentId(id) ? BY_ID[id] : undefined;
}
