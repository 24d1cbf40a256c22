/**
 * Licensed item text (§13, §15.5): a clinic holding a licence for AUDIT, DAST-10, WHO-5, DASS-21 or ORS imports the
 * wording as a JSON definition file. The file is checked against the built-in scoring rules — same instrument ids,
 * item count and ids, option values — so imported text can never change how an answer is scored. Every problem names
 * the line and field; a file with any problem imports nothing.
 */
import { z } from 'zod';
import { parseJsonWithLines, pathText, JsonSyntaxError, type JsonPath } from './json-lines';
import { INSTRUMENTS, getInstrument } from './registry';
import type { InstrumentDefinition, InstrumentId, Item } from './types';

export const LICENSED_TEXT_FORMAT = 'waypoint-instrument-text';

/** Instruments whose wording only a licensed clinic may load. */
export const LICENCE_GATED_IDS: readonly InstrumentId[] = INSTRUMENTS.filter((d) => !d.licence.itemTextAllowed).map((d) => d.id);

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${String(max)} characters`);
const optionSchema = z.strictObject({ value: z.union([z.number(), z.boolean(), z.enum(['yes', 'no'])]), label: text(200) });
const itemSchema = z.strictObject({ id: z.string(), text: text(1000), options: z.array(optionSchema).optional() });
const instrumentSchema = z.strictObject({ id: z.string(), licence: text(500), instructions: text(2000).optional(), items: z.array(itemSchema) });
const fileSchema = z.strictObject({
  format: z.literal(LICENSED_TEXT_FORMAT),
  instruments: z.array(instrumentSchema).min(1, 'must list at least one instrument'),
});

export type LicensedText = z.infer<typeof instrumentSchema> & { readonly id: InstrumentId };

export interface LicensedTextProblem {
  /** 1-based line of the file, or null when the problem is not about the file's text (e.g. it is empty). */
  readonly line: number | null;
  readonly field: string;
  readonly message: string;
}

export type LicensedTextResult =
  { readonly ok: true; readonly texts: readonly LicensedText[] } | { readonly ok: false; readonly problems: readonly LicensedTextProblem[] };

type Found = { readonly path: JsonPath; readonly message: string };

const show = (v: unknown) => JSON.stringify(v);

function optionProblems(item: Item, file: z.infer<typeof itemSchema>, at: JsonPath): Found[] {
  if (item.continuous)
    return file.options?.length
      ? [{ path: [...at, 'options'], message: `${item.id} is a ${String(item.continuous.min)}–${String(item.continuous.max)} line and takes no options` }]
      : [];
  const allowed = item.options.map((o) => o.value);
  const given = file.options ?? [];
  if (given.length !== allowed.length)
    return [
      {
        path: [...at, 'options'],
        message: `has ${String(given.length)} options; ${item.id} has ${String(allowed.length)} (values ${allowed.map(show).join(', ')})`,
      },
    ];
  const seen = new Set<unknown>();
  return given.flatMap((o, k) => {
    const bad = !allowed.includes(o.value) || seen.has(o.value);
    seen.add(o.value);
    return bad
      ? [
          {
            path: [...at, 'options', k, 'value'],
            message: `${show(o.value)} is not one of ${item.id}'s values (${allowed.map(show).join(', ')}), or it repeats`,
          },
        ]
      : [];
  });
}

function instrumentProblems(file: z.infer<typeof instrumentSchema>, index: number, earlier: readonly string[]): Found[] {
  const at: JsonPath = ['instruments', index];
  const def = getInstrument(file.id);
  if (!def || def.licence.itemTextAllowed)
    return [{ path: [...at, 'id'], message: `“${file.id}” is not a licence-gated instrument; expected one of ${LICENCE_GATED_IDS.join(', ')}` }];
  if (earlier.includes(file.id)) return [{ path: [...at, 'id'], message: `${file.id} appears twice in this file` }];
  if (file.items.length !== def.items.length)
    return [{ path: [...at, 'items'], message: `has ${String(file.items.length)} items; ${def.id} has ${String(def.items.length)}` }];
  return def.items.flatMap((item, j) => {
    const given = file.items[j];
    if (!given) return [];
    if (given.id !== item.id)
      return [{ path: [...at, 'items', j, 'id'], message: `“${given.id}” should be “${item.id}” (item ${String(j + 1)} of ${def.id})` }];
    return optionProblems(item, given, [...at, 'items', j]);
  });
}

/** Reads and checks a licensed-text file: every problem with its line and field, or the texts to store. */
export function readLicensedText(source: string): LicensedTextResult {
  let parsed;
  try {
    parsed = parseJsonWithLines(source);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, problems: [{ line: error.line, field: '(JSON syntax)', message: error.message.replace(/^Line \d+, /, '') }] };
  }
  return checkLicensedValue(parsed.value, parsed.lineOf);
}

/** Checks an already-parsed file (also used to re-check stored imports); `lineOf` places problems in the text. */
export function checkLicensedValue(value: unknown, lineOf: (path: JsonPath) => number | null = () => null): LicensedTextResult {
  const shape = fileSchema.safeParse(value);
  const problem = (f: Found): LicensedTextProblem => ({ line: lineOf(f.path), field: pathText(f.path), message: f.message });
  if (!shape.success) {
    return {
      ok: false,
      problems: shape.error.issues.slice(0, 10).map((i) => problem({ path: i.path.filter((p) => typeof p !== 'symbol'), message: i.message })),
    };
  }
  const found = shape.data.instruments.flatMap((inst, i) =>
    instrumentProblems(
      inst,
      i,
      shape.data.instruments.slice(0, i).map((x) => x.id),
    ),
  );
  if (found.length) return { ok: false, problems: found.slice(0, 10).map(problem) };
  return { ok: true, texts: shape.data.instruments.map((t) => ({ ...t, id: t.id as InstrumentId })) };
}

/** The built-in definition with a clinic's licensed wording: same items, options and scoring, now with text. */
export function withLicensedText(def: InstrumentDefinition, t: LicensedText): InstrumentDefinition {
  const items = def.items.map((item, j) => {
    const given = t.items[j];
    const label = (v: unknown) => given?.options?.find((o) => o.value === v)?.label ?? null;
    const options = [...item.options].sort(
      (a, b) => (given?.options?.findIndex((o) => o.value === a.value) ?? 0) - (given?.options?.findIndex((o) => o.value === b.value) ?? 0),
    );
    return { ...item, text: given?.text ?? null, options: options.map((o) => ({ ...o, label: label(o.value) })) };
  });
  return {
    ...def,
    items,
    instructions: t.instructions ?? def.instructions,
    licence: { ...def.licence, itemTextAllowed: true, status: `${def.licence.status}. Clinic licence: ${t.licence}` },
  };
}
