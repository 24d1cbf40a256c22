import { describe, expect, it } from 'vitest';
import type { ClinicRecord } from '../../../../shared/domain/records';
import { DEFAULT_PART2_NOTICE, PART2_NOTICE_REF, part2ExportRefusal, part2NoticeErrors, part2NoticeLines, part2NoticeOf } from '../../../../shared/reports';

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
    const got = part2ExportRefusal(program, optIns);
    expect(got === null ? false : /42 CFR Part 2 information: tick the Part 2 box/.test(got)).toBe(refused);
  });

  it.each([
    ['Substance use', [OWN]],
    ['Adult mental health', []],
  ] as const)('the notice lines of a %s program', (program, lines) => {
    expect(part2NoticeLines(program, OWN)).toEqual(lines);
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
