import { describe, expect, it } from 'vitest';
import { flattenForReading, isPart2Program, recordExportRefusal, withoutInternal, type RecordOptIn } from '../../../../shared/reports';

describe('client record export rules', () => {
  it.each([
    ['Adult mental health', [], null],
    ['Substance use', [], /42 CFR Part 2/],
    ['Dual diagnosis', ['note_narratives'], /tick the Part 2 box/],
    ['Dual diagnosis', ['part2'], null],
    ['Co-occurring disorders', ['part2'], null],
  ] as const)('program %s with opt-ins %j → %s', (program, optIns: readonly RecordOptIn[], refusal) => {
    const got = recordExportRefusal({ program }, optIns);
    if (refusal === null) expect(got).toBeNull();
    else expect(got).toMatch(refusal);
  });

  it.each([
    ['Substance use', true],
    ['Addiction recovery', true],
    ['Dual diagnosis', true],
    ['Adolescent', false],
    ['Eating disorders', false],
  ] as const)('%s is Part 2: %s', (program, part2) => {
    expect(isPart2Program(program)).toBe(part2);
  });

  it('drops sync metadata, integrity internals and rule identifiers at any depth, keeps the rest', () => {
    expect(
      withoutInternal({
        id: 'a',
        _rev: '1-x',
        draftKey: 'k',
        contentHash: 'h',
        nested: [{ rule: 'intensify.safety_event', text: 'kept', memberIds: ['b'] }],
        undef: undefined,
      }),
    ).toEqual({
      id: 'a',
      nested: [{ text: 'kept' }],
    });
  });

  it.each([
    [{ clientWords: 'Sleep better', goalId: 'g1' }, ['client words: Sleep better']],
    [
      { problems: [{ statement: 'Low mood', goals: [{ clientWords: 'Feel ok' }] }] },
      ['problems 1 › statement: Low mood', 'problems 1 › goals 1 › client words: Feel ok'],
    ],
    [{ strengths: ['humour', 'family'], empty: '', none: null, list: [] }, ['strengths: humour, family']],
  ] as const)('reads %j as lines', (value, lines) => {
    expect(flattenForReading(withoutInternal(value))).toEqual(lines);
  });
});
