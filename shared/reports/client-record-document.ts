/** The client record bundle drawn as a document (PDF): the same content as the JSON file, for people to read. */
import { noteLabel } from '../domain/notes';
import type { ClientRecordBundle, JsonValue, RecordNote, RecordOptIn, RecordScore } from './client-record';
import { RECORD_OPT_IN_LABELS, isJsonObject } from './client-record';
import { tableOrEmpty, type ReportBlock, type ReportDocument, type ReportSection } from './document';

/** "levelOfCareCode" → "level of care code". */
function words(key: string): string {
  return key
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/_/g, ' ')
    .toLowerCase();
}

const ID_KEY = /^(id|.*Id|.*Ids|.*Hash)$/;

/** Every non-empty value of a JSON object as "path: value" lines, ids left out (they say nothing to a reader). */
export function flattenForReading(value: JsonValue, path = ''): string[] {
  if (value === null || value === '') return [];
  if (typeof value !== 'object') return [`${path === '' ? '' : `${path}: `}${String(value)}`];
  if (Array.isArray(value)) {
    const items: readonly JsonValue[] = value;
    if (items.every((v) => typeof v !== 'object' || v === null)) {
      const text = items
        .filter((v) => v !== null && v !== '')
        .map(String)
        .join(', ');
      return text === '' ? [] : [`${path}: ${text}`];
    }
    return items.flatMap((v, i) => flattenForReading(v, `${path} ${String(i + 1)}`.trim()));
  }
  return Object.entries(value)
    .filter(([k]) => !ID_KEY.test(k))
    .flatMap(([k, v]) => flattenForReading(v, path === '' ? words(k) : `${path} › ${words(k)}`));
}

function day(instant: string): string {
  return instant.slice(0, 10);
}

function answersText(r: RecordScore): string {
  return r.answers
    ? Object.entries(r.answers)
        .map(([k, v]) => `${k}: ${typeof v === 'string' ? v : JSON.stringify(v)}`)
        .join('; ')
    : '';
}

function scoresTable(rows: readonly RecordScore[], empty: string, withAnswers: boolean): ReportBlock {
  const columns = ['Date', 'Instrument', 'Respondent', 'Score', 'Band', 'Flags', ...(withAnswers ? ['Answers', 'Comment'] : [])];
  return tableOrEmpty(
    columns,
    rows.map((r) => [
      day(r.completedAt),
      r.instrument,
      r.respondent,
      r.score === null ? '—' : String(r.score),
      r.band === null ? '—' : words(r.band),
      r.flags.map(words).join(', '),
      ...(withAnswers ? [answersText(r), r.comment ?? ''] : []),
    ]),
    empty,
  );
}

/** One block list per document (a plan version, a review): a heading line, then its content as lines. */
function documents(items: readonly JsonValue[], title: (item: JsonValue, i: number) => string, empty: string): ReportBlock[] {
  if (items.length === 0) return [{ kind: 'empty', text: empty }];
  return items.flatMap((item, i): ReportBlock[] => [
    { kind: 'paragraph', text: title(item, i), style: 'strong' },
    { kind: 'list', items: flattenForReading(item) },
  ]);
}

function field(item: JsonValue, key: string): string {
  const v = isJsonObject(item) ? item[key] : undefined;
  if (v === undefined || v === null) return '';
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function aboutSection(b: ClientRecordBundle): ReportSection {
  const chosen = b.optIns.map((o: RecordOptIn) => RECORD_OPT_IN_LABELS[o]);
  return {
    heading: 'About this export',
    blocks: [
      {
        kind: 'paragraph',
        text: `Exported ${instantText(b.exportedAt)} by ${b.exportedBy} at ${b.clinic}. The JSON file of the same export (format ${b.format}, version ${String(b.version)}) holds the same content for computers.`,
      },
      { kind: 'paragraph', text: chosen.length === 0 ? 'Opt-ins: none.' : `Opt-ins: ${chosen.join('; ')}.` },
      { kind: 'paragraph', text: b.neverIncluded, style: 'muted' },
    ],
  };
}

function demographicsSection(b: ClientRecordBundle): ReportSection {
  const c = b.client;
  const lines = [
    `Name: ${c.firstName} ${c.lastName}${c.preferredName ? ` (preferred: ${c.preferredName})` : ''}`,
    `Pronouns: ${c.pronouns || '—'}`,
    `Date of birth: ${c.dateOfBirth}`,
    `Program: ${c.program}`,
    `Level of care: ${c.levelOfCare}`,
    `Admitted: ${c.admissionDate}`,
    `Status: ${c.status}`,
    ...(c.dischargeDate ? [`Discharged: ${c.dischargeDate} (${c.dischargeReason ?? ''})`] : []),
    `Primary clinician: ${c.primaryClinician}`,
    ...(c.contacts ?? []).map((k) => `Contact: ${k.name} (${k.relation}) ${k.phone} ${k.email}`.trim()),
  ];
  return { heading: 'Demographics', blocks: [{ kind: 'list', items: lines }] };
}

function noteTitle(n: RecordNote): string {
  if (n.title !== '') return n.title;
  return n.kind === 'note' ? noteLabel(n.templateId) : n.kind === 'addendum' ? 'Addendum' : 'Co-signature';
}

/** "2026-12-05T04:43:09.615Z" → "2026-12-05 04:43 UTC". */
function instantText(iso: string): string {
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;
}

function notesSection(b: ClientRecordBundle): ReportSection {
  const table = tableOrEmpty(
    ['Signed', 'Kind', 'Title', 'Author', 'Risk level'],
    b.notes.map((n) => [day(n.signedAt), n.kind, noteTitle(n), n.author, n.riskLevel || '—']),
    'No signed notes.',
  );
  const texts = b.notes.flatMap((n): ReportBlock[] =>
    n.sections && n.sections.length > 0
      ? [
          { kind: 'paragraph', text: `${noteTitle(n)} (${day(n.signedAt)})`, style: 'strong' },
          { kind: 'list', items: n.sections.map((s) => `${s.heading}: ${s.text}`) },
        ]
      : [],
  );
  return { heading: 'Notes (signed)', blocks: [table, ...texts] };
}

function carePlanSections(b: ClientRecordBundle): ReportSection[] {
  const version = (item: JsonValue) => `Version ${field(item, 'version')} (${field(item, 'status')}), effective ${field(item, 'effectiveFrom')}`;
  return [
    { heading: 'Treatment plans', blocks: documents(b.treatmentPlans, (p) => `Treatment plan ${version(p)}`, 'No signed treatment plan.') },
    {
      heading: 'Safety and relapse-prevention plans',
      blocks: documents(b.safetyPlans, (p) => `${words(field(p, 'kind'))} ${version(p)}`, 'No signed safety or relapse-prevention plan.'),
    },
  ];
}

function activitySections(b: ClientRecordBundle): ReportSection[] {
  return [
    {
      heading: 'Medications',
      blocks: [
        ...documents(b.medications, (m) => `${field(m, 'name')} ${field(m, 'strength')}`, 'No medications.'),
        tableOrEmpty(
          ['Date', 'Event', 'Detail'],
          b.medicationEvents.map((e) => [
            field(e, 'occurredOn'),
            field(e, 'kind'),
            flattenForReading(e)
              .filter((l) => !/^(kind|occurred on|created at|updated at):/.test(l))
              .join('; '),
          ]),
          'No medication events.',
        ),
      ],
    },
    {
      heading: 'Homework',
      blocks: [
        ...documents(b.homework, (h) => `${field(h, 'title')} (assigned ${field(h, 'assignedOn')}, ${field(h, 'status')})`, 'No homework.'),
        tableOrEmpty(
          ['Date', 'Reporter', 'Done', 'Units', 'Barrier', 'Note'],
          b.homeworkCompletions.map((c) => [
            field(c, 'date'),
            field(c, 'reporter'),
            field(c, 'done'),
            field(c, 'units'),
            field(c, 'barrier'),
            field(c, 'note'),
          ]),
          'No homework entries.',
        ),
      ],
    },
    {
      heading: 'Target behaviours',
      blocks: [
        tableOrEmpty(
          ['Date', 'Behaviour', 'Reporter', 'Value'],
          b.behaviourEntries.map((e) => [field(e, 'date'), field(e, 'behaviourId'), field(e, 'reporter'), field(e, 'value')]),
          'No behaviour entries.',
        ),
      ],
    },
  ];
}

/** The PDF document of a client record bundle. */
export function clientRecordDocument(b: ClientRecordBundle): ReportDocument {
  const c = b.client;
  const hasAnswers = (rows: readonly RecordScore[]) => rows.some((r) => (r.answers && Object.keys(r.answers).length > 0) || r.comment !== undefined);
  return {
    title: `Client record: ${c.firstName} ${c.lastName}`,
    headerLines: [`Date of birth ${c.dateOfBirth} · ${c.program} · ${c.levelOfCare}`, `${b.clinic} · exported ${instantText(b.exportedAt)}`],
    notice: b.part2Notice ? [b.part2Notice] : [],
    sections: [
      aboutSection(b),
      demographicsSection(b),
      {
        heading: 'Episodes of care',
        blocks: [
          tableOrEmpty(
            ['Date', 'Event', 'Level of care', 'Reason', 'Note'],
            b.episodes.map((e) => [field(e, 'occurredOn'), field(e, 'type'), field(e, 'levelOfCareCode'), field(e, 'reason'), field(e, 'note')]),
            'No episode events recorded.',
          ),
        ],
      },
      ...carePlanSections(b),
      { heading: 'Measures', blocks: [scoresTable(b.measures, 'No measures.', hasAnswers(b.measures))] },
      { heading: 'Check-ins', blocks: [scoresTable(b.checkIns, 'No check-ins.', hasAnswers(b.checkIns))] },
      { heading: 'Family feedback', blocks: [scoresTable(b.familyFeedback, 'No family feedback.', hasAnswers(b.familyFeedback))] },
      {
        heading: 'Attendance',
        blocks: [
          tableOrEmpty(
            ['Date', 'Session', 'Status', 'Engagement', 'Observations'],
            b.attendance.map((a) => [day(a.date), a.session, a.status, a.engagement === null ? '—' : String(a.engagement), (a.observations ?? []).join(' ')]),
            'No attendance recorded.',
          ),
        ],
      },
      notesSection(b),
      ...activitySections(b),
      { heading: 'Progress reviews', blocks: documents(b.reviews, (r) => `Review as of ${field(r, 'asOfDate')}`, 'No signed progress reviews.') },
      {
        heading: 'Discharge summaries',
        blocks: documents(
          b.dischargeSummaries,
          (d) =>
            field(d, 'kind') === 'addendum' ? `Addendum signed ${day(field(d, 'signedAt'))}` : `Discharge summary, discharged ${field(d, 'dischargeDate')}`,
          'No signed discharge summary.',
        ),
      },
    ],
    footer: `Client record of ${c.firstName} ${c.lastName} · Confidential health information`,
  };
}
