import { describe, expect, it } from 'vitest';
import { LICENCE_GATED_IDS, getInstrument, readLicensedText, scoreInstrument, withLicensedText } from '../../../../shared/instruments';

const WHO5_LABELS = ['All of the time', 'Most of the time', 'More than half of the time', 'Less than half of the time', 'Some of the time', 'At no time'];

function who5(over: (file: { format: string; instruments: Record<string, unknown>[] }) => void = () => undefined): string {
  const file = {
    format: 'waypoint-instrument-text',
    instruments: [
      {
        id: 'WHO-5',
        licence: 'WHO permission letter 2026-114',
        instructions: 'Over the last two weeks…',
        items: Array.from({ length: 5 }, (_, i) => ({
          id: `who5_${String(i + 1)}`,
          text: `Licensed item ${String(i + 1)}`,
          options: [5, 4, 3, 2, 1, 0].map((value, k) => ({ value, label: WHO5_LABELS[k] })),
        })),
      },
    ],
  };
  over(file);
  return JSON.stringify(file, null, 2);
}

type Item = { id: string; options: { value: unknown }[] };
const items = (f: { instruments: Record<string, unknown>[] }) => f.instruments[0]?.items as Item[];

describe('readLicensedText', () => {
  it('lists the licence-gated instruments', () => {
    expect(LICENCE_GATED_IDS).toEqual(['AUDIT', 'DAST-10', 'WHO-5', 'DASS-21', 'ORS', 'WSAS', 'WHODAS-12']);
  });

  it('accepts a WHO-5 file that matches the built-in scoring, and the wording then shows without changing scores', () => {
    const result = readLicensedText(who5());
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const def = getInstrument('WHO-5');
    const t = result.texts[0];
    if (!def || !t) throw new Error('missing');
    const merged = withLicensedText(def, t);
    expect(merged.items[0]?.text).toBe('Licensed item 1');
    expect(merged.items[0]?.options.map((o) => [o.value, o.label])).toEqual([5, 4, 3, 2, 1, 0].map((v, k) => [v, WHO5_LABELS[k]]));
    expect(merged.licence.itemTextAllowed).toBe(true);
    expect(merged.score([5, 5, 5, 5, 5])).toEqual(scoreInstrument('WHO-5', [5, 5, 5, 5, 5]));
  });

  // Lines in the pretty-printed file: 1 {, 2 format, 3 instruments, 4 {, 5 id, 6 licence, 7 instructions, 8 items, 9 {, 10 id "who5_1", 11 text, 12 options, 13 {, 14 value 5 …
  it.each([
    [
      'an instrument that ships its text',
      (f: { instruments: Record<string, unknown>[] }) => {
        f.instruments[0] = { ...f.instruments[0], id: 'PHQ-9' };
      },
      5,
      'instruments[0].id',
      '“PHQ-9” is not a licence-gated instrument; expected one of AUDIT, DAST-10, WHO-5, DASS-21, ORS, WSAS, WHODAS-12',
    ],
    [
      'an item too few',
      (f: { instruments: Record<string, unknown>[] }) => {
        items(f).pop();
      },
      8,
      'instruments[0].items',
      'has 4 items; WHO-5 has 5',
    ],
    [
      'a wrong item id',
      (f: { instruments: Record<string, unknown>[] }) => {
        const it0 = items(f)[1];
        if (it0) it0.id = 'who5_x';
      },
      40,
      'instruments[0].items[1].id',
      '“who5_x” should be “who5_2” (item 2 of WHO-5)',
    ],
    [
      'an option value the scoring does not allow',
      (f: { instruments: Record<string, unknown>[] }) => {
        const o = items(f)[0]?.options[0];
        if (o) o.value = 6;
      },
      14,
      'instruments[0].items[0].options[0].value',
      "6 is not one of who5_1's values (5, 4, 3, 2, 1, 0), or it repeats",
    ],
  ])('refuses %s, naming line and field', (_name, change, line, field, message) => {
    expect(readLicensedText(who5(change))).toEqual({ ok: false, problems: [{ line, field, message }] });
  });

  it('names the field zod refuses (an empty item text)', () => {
    const result = readLicensedText(
      who5((f) => {
        const it0 = items(f)[0] as unknown as Record<string, unknown>;
        it0.text = ' ';
      }),
    );
    expect(result).toEqual({ ok: false, problems: [{ line: 11, field: 'instruments[0].items[0].text', message: 'must not be empty' }] });
  });

  it('names line and column of a JSON syntax error', () => {
    expect(readLicensedText('{\n  "format": "waypoint-instrument-text"\n  "instruments": []\n}')).toEqual({
      ok: false,
      problems: [{ line: 3, field: '(JSON syntax)', message: 'column 3: expected “,” or “}”' }],
    });
  });
});
