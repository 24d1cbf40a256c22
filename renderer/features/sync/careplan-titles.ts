/**
 * What a `careplans` conflict is about, by its kind (shared/domain/records.ts CAREPLAN_KINDS): "Safety plan, version 2",
 * "Progress review of 4 Dec 2026", "Level-of-care transfer on 1 Dec 2026"; never just "Plan".
 */
type Doc = Readonly<Record<string, unknown>>;

const str = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
const asDoc = (v: unknown): Doc | null => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Doc) : null);

const VERSIONED: Readonly<Record<string, string>> = {
  treatment_plan: 'Treatment plan',
  safety_plan: 'Safety plan',
  relapse_prevention_plan: 'Relapse-prevention plan',
  aftercare_plan: 'Aftercare plan',
};

const DATED: Readonly<Record<string, string>> = {
  progress_report: 'Progress report',
  discharge_summary: 'Discharge summary',
  homework: 'Homework assigned',
};

const EVENT_WORDS: Readonly<Record<string, string>> = {
  admission: 'Level-of-care admission',
  transfer: 'Level-of-care transfer',
  discharge: 'Discharge from care',
};

/** A review, its co-signature or an addendum; `day` the formatted date or ''. */
function reviewTitle(content: Doc | null, day: string): string {
  const on = day ? ` on ${day}` : '';
  const entry = str(content?.entry);
  if (entry === 'cosign') return `Co-signature of a progress review${on}`;
  if (entry === 'addendum') return `Addendum to a progress review${on}`;
  return day ? `Progress review of ${day}` : 'Progress review';
}

/** The title of a care-plan record by its kind; null for a kind without one (the caller's generic title then). */
export function carePlanTitle(data: Doc, formatDate: (iso: string) => string): string | null {
  const kind = str(data.kind);
  const day = str(data.effectiveFrom) ? formatDate(str(data.effectiveFrom)) : '';
  const on = day ? ` on ${day}` : '';
  const content = asDoc(data.content);
  const versioned = VERSIONED[kind];
  if (versioned) return `${versioned}, version ${str(data.version)}`;
  if (kind === 'progress_review') return reviewTitle(content, day);
  if (kind === 'level_of_care_event') {
    const level = str(content?.levelOfCareCode);
    return `${EVENT_WORDS[str(content?.type)] ?? 'Level-of-care event'}${level ? ` (${level})` : ''}${on}`;
  }
  const dated = DATED[kind];
  return dated ? `${dated}${on}` : null;
}
