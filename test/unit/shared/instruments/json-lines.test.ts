import { describe, expect, it } from 'vitest';
import { JsonSyntaxError, parseJsonWithLines, pathText } from '../../../../shared/instruments/json-lines';

const TEXT = '{\n  "a": 1,\n  "list": [\n    { "x": "y\\n\\u00e9" },\n    true\n  ]\n}';

describe('parseJsonWithLines', () => {
  it('reads what JSON.parse reads', () => {
    for (const text of [TEXT, '[]', '{}', '-1.5e3', '"\\"q\\""', '[null, false, 0]']) {
      expect(parseJsonWithLines(text).value).toEqual(JSON.parse(text));
    }
  });

  it.each([
    [['a'], 2],
    [['list'], 3],
    [['list', 0, 'x'], 4],
    [['list', 1], 5],
    [['list', 0, 'missing'], 4],
    [['nope', 3], 1],
  ] as const)('line of %j is %s', (path, line) => {
    expect(parseJsonWithLines(TEXT).lineOf(path)).toBe(line);
  });

  it.each([
    ['{\n  "a": 1\n  "b": 2\n}', 'Line 3, column 3: expected “,” or “}”'],
    ['{\n  "a": [1, 2,]\n}', 'Line 2, column 14: unexpected “]”'],
    ['{"a": "open', 'Line 1, column 12: a string is never closed (a " is missing)'],
    ['{"a": 1} x', 'Line 1, column 10: unexpected text after the end of the JSON'],
    ['', 'Line 1, column 1: the file ends too early'],
  ])('names line and column of a syntax error in %j', (text, message) => {
    expect(() => parseJsonWithLines(text)).toThrow(JsonSyntaxError);
    expect(() => parseJsonWithLines(text)).toThrow(message);
  });

  it.each([
    [['instruments', 0, 'items', 3, 'text'], 'instruments[0].items[3].text'],
    [[], '(the whole file)'],
  ] as const)('pathText %j', (path, text) => {
    expect(pathText(path)).toBe(text);
  });
});
