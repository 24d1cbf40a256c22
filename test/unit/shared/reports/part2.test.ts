import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../shared/domain/records';
import {
  DEFAULT_PART2_NOTICE,
  PART2_NOTICE_REF,
  isPart2Client,
  part2CaseloadSplit,
  part2ExportRefusal,
  part2NoticeErrors,
  part2NoticeLines,
  part2NoticeOf,
} from '../../../../shared/reports';

const rec = (id: string, createdAt: string, data: Record<string, unknown>, refId: string = PART2_NOTICE_REF.id): ClinicRecord => ({
  id,
  authorId: 'a',
  createdAt,
  updatedAt: createdAt,
  kind: 'settings',
  status: 'open',
  refCollection: PART2_NOTICE_REF.collection,
  refId,
  data,
  reason: '',
});

const OWN = 'Harbor Light: these 42 CFR Part 2 records may not be re-disclosed.';

describe('the 42 CFR Part 2 opt-in every report shares (§7.2 item 7)', () => {
  it.each([
    ['Substance use', [], true],
    ['Dual diagnosis', ['note_narratives', 'item_answers'], true],
    ['Co-occurring disorders', [], true],
    ['Substance use', ['part2'], false],
    ['Dual diagnosis', ['item_answers', 'part2'], false],
    ['Adult mental health', [], false],
    ['Adolescent', ['part2'], false],
  ] as const)('program %s with opt-ins %j: refused %s', (program, optIns, refused) => {
    const got = part2ExportRefusal({ program }, optIns);
    expect(got === null ? false : /42 CFR Part 2 information: tick the Part 2 box/.test(got)).toBe(refused);
  });

  it.each([
    ['Substance use', [OWN]],
    ['Adult mental health', []],
  ] as const)('the notice lines of a %s program', (program, lines) => {
    expect(part2NoticeLines({ program }, OWN)).toEqual(lines);
  });

  it.each([
    ['Substance use', undefined, true], // an older record: the program’s track decides
    ['Adult mental health', undefined, false], // an older record: the program’s track decides
    ['Adult mental health', true, true], // marked Part 2 although the track does not say so
    ['Substance use', false, false], // marked not Part 2 (e.g. a program that is not federally assisted)
    ['Clinic’s own track', true, true], // a clinic’s own track name, marked
  ] as const)('program %s, mark %s: Part 2 %s', (program, part2, expected) => {
    expect(isPart2Client({ program, part2 })).toBe(expected);
    expect(part2ExportRefusal({ program, part2 }, []) !== null).toBe(expected);
    expect(part2ExportRefusal({ program, part2 }, ['part2'])).toBeNull();
    expect(part2NoticeLines({ program, part2 }, OWN)).toEqual(expected ? [OWN] : []);
  });

  it.each([
    [[], ['a', 'd'], 2],
    [['part2'], ['a', 'b', 'c', 'd'], 0],
    [['item_answers'], ['a', 'd'], 2],
  ] as const)('a caseload export with opt-ins %j includes %j and leaves %i Part 2 clients out', (optIns, ids, leftOut) => {
    const clients = [
      { id: 'a', program: 'Adult mental health' },
      { id: 'b', program: 'Substance use' },
      { id: 'c', program: 'Adult mental health', part2: true },
      { id: 'd', program: 'Dual diagnosis', part2: false },
    ];
    const got = part2CaseloadSplit(clients, optIns);
    expect(got.included.map((c) => c.id)).toEqual(ids);
    expect(got.leftOut).toBe(leftOut);
  });
});

describe('the Part 2 notice as a clinic setting (§7.2 item 7)', () => {
  it.each([
    ['the standard text', DEFAULT_PART2_NOTICE, {}],
    ['the clinic’s own', OWN, {}],
    ['empty', '', { text: 'Write the re-disclosure notice: every Part 2 export prints it (42 CFR 2.32).' }],
    ['blank', '  \n ', { text: 'Write the re-disclosure notice: every Part 2 export prints it (42 CFR 2.32).' }],
    ['too long', 'x'.repeat(2001), { text: 'Keep the notice under 2000 characters (it has 2001).' }],
  ] as const)('%s → %j', (_name, text, errors) => {
    expect(part2NoticeErrors(text)).toEqual(errors);
  });

  it.each([
    ['none set: the standard text', [], { text: DEFAULT_PART2_NOTICE, recordId: '' }],
    ['set, trimmed', [rec('a', '2026-12-01T10:00:00Z', { text: ` ${OWN} ` })], { text: OWN, recordId: 'a' }],
    [
      'the newest wins',
      [rec('a', '2026-12-01T10:00:00Z', { text: 'Older wording.' }), rec('b', '2026-12-02T10:00:00Z', { text: OWN })],
      { text: OWN, recordId: 'b' },
    ],
    [
      'an unreadable or empty newest is skipped',
      [rec('a', '2026-12-01T10:00:00Z', { text: OWN }), rec('b', '2026-12-02T10:00:00Z', { text: '' }), rec('c', '2026-12-03T10:00:00Z', { text: 4 })],
      { text: OWN, recordId: 'a' },
    ],
    ['another setting is not the notice', [rec('a', '2026-12-01T10:00:00Z', { text: OWN }, 'contact')], { text: DEFAULT_PART2_NOTICE, recordId: '' }],
  ] as const)('%s', (_name, records, notice) => {
    expect(part2NoticeOf(records)).toEqual(notice);
  });
});
