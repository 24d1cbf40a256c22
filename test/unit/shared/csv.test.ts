import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../shared/csv';

describe('toCsv (RFC 4180)', () => {
  it.each([
    ['plain fields', [['a', 'b']], 'a,b\r\n'],
    ['a comma is quoted', [['a,b', 'c']], '"a,b",c\r\n'],
    ['a quote is doubled inside quotes', [['say "hi"']], '"say ""hi"""\r\n'],
    ['a newline stays inside a quoted field', [['line 1\nline 2', 'x']], '"line 1\nline 2",x\r\n'],
    ['a carriage return is quoted', [['a\rb']], '"a\rb"\r\n'],
    ['non-ASCII text is kept as is', [['Zoë Ñúñez', '日本語', '🙂']], 'Zoë Ñúñez,日本語,🙂\r\n'],
    ['an empty field', [['', 'b', '']], ',b,\r\n'],
    ['records end with CRLF', [['h1', 'h2'], ['1', '2']], 'h1,h2\r\n1,2\r\n'],
    ['no rows is an empty file', [], ''],
  ] satisfies [string, string[][], string][])('%s', (_name, rows, csv) => {
    expect(toCsv(rows)).toBe(csv);
  });
});
