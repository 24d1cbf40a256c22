/**
 * A strict JSON reader that also says where each value sits: the line of every member key and array element, so a
 * validation error on a path can name the line of the file the user must fix. Syntax errors name line and column.
 */

export class JsonSyntaxError extends Error {
  readonly code = 'json_syntax';
  constructor(
    readonly line: number,
    readonly column: number,
    reason: string,
  ) {
    super(`Line ${String(line)}, column ${String(column)}: ${reason}`);
    this.name = 'JsonSyntaxError';
  }
}

export type JsonPath = readonly (string | number)[];

/** The conventional text of a path: instruments[0].items[3].text. */
export function pathText(path: JsonPath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${String(p)}]` : i === 0 ? p : `.${p}`)).join('') || '(the whole file)';
}

const keyOf = (path: JsonPath) => JSON.stringify(path);
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

/** Parses JSON text; `lineOf(path)` gives the line of the deepest part of `path` that exists in the text. */
export function parseJsonWithLines(text: string): { value: unknown; lineOf: (path: JsonPath) => number } {
  const lines = new Map<string, number>();
  let i = 0;
  let line = 1;
  let lineStart = 0;
  const fail = (reason: string): never => {
    throw new JsonSyntaxError(line, i - lineStart + 1, reason);
  };
  const ws = () => {
    for (;;) {
      const c = text.charAt(i);
      if (c === '\n') {
        line++;
        lineStart = i + 1;
      } else if (c !== ' ' && c !== '\t' && c !== '\r') return;
      i++;
    }
  };
  const str = (): string => {
    i++;
    let out = '';
    for (;;) {
      const c = text.charAt(i);
      if (c === '') fail('a string is never closed (a " is missing)');
      if (c === '"') {
        i++;
        return out;
      }
      if (c < ' ') fail('a string holds a line break or control character; write it as \\n');
      if (c === '\\') {
        const e = text.charAt(i + 1);
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
          continue;
        }
        const plain = ESCAPES[e];
        if (plain === undefined) return fail(`“\\${e}” is not a valid escape`);
        out += plain;
        i += 2;
        continue;
      }
      out += c;
      i++;
    }
  };
  const value = (path: JsonPath): unknown => {
    ws();
    if (!lines.has(keyOf(path))) lines.set(keyOf(path), line);
    const c = text.charAt(i);
    if (c === '{') return object(path);
    if (c === '[') return array(path);
    if (c === '"') return str();
    for (const [word, v] of [
      ['true', true],
      ['false', false],
      ['null', null],
    ] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m) {
      i += m[0].length;
      return Number(m[0]);
    }
    return fail(c === '' ? 'the file ends too early' : `unexpected “${c}”`);
  };
  const object = (path: JsonPath): Record<string, unknown> => {
    const out: Record<string, unknown> = {};
    i++;
    ws();
    if (text.charAt(i) === '}') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (text.charAt(i) !== '"') fail('expected a quoted property name');
      const keyLine = line;
      const key = str();
      lines.set(keyOf([...path, key]), keyLine);
      ws();
      if (text.charAt(i) !== ':') fail(`expected “:” after "${key}"`);
      i++;
      out[key] = value([...path, key]);
      ws();
      const c = text.charAt(i++);
      if (c === '}') return out;
      if (c !== ',') {
        i--;
        fail('expected “,” or “}”');
      }
    }
  };
  const array = (path: JsonPath): unknown[] => {
    const out: unknown[] = [];
    i++;
    ws();
    if (text.charAt(i) === ']') {
      i++;
      return out;
    }
    for (;;) {
      out.push(value([...path, out.length]));
      ws();
      const c = text.charAt(i++);
      if (c === ']') return out;
      if (c !== ',') {
        i--;
        fail('expected “,” or “]”');
      }
    }
  };
  const parsed = value([]);
  ws();
  if (i < text.length) fail('unexpected text after the end of the JSON');
  const lineOf = (path: JsonPath): number => {
    for (let n = path.length; n >= 0; n--) {
      const found = lines.get(keyOf(path.slice(0, n)));
      if (found !== undefined) return found;
    }
    return 1;
  };
  return { value: parsed, lineOf };
}
