/** A small RFC 4180 CSV reader: commas, double-quoted fields with "" escapes and line breaks, CRLF or LF. */

export interface CsvRecord {
  /** 1-based line of the file where the record starts (what a text editor shows). */
  readonly line: number;
  readonly fields: readonly string[];
}

export class CsvSyntaxError extends Error {
  readonly code = 'csv_syntax';
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(`Line ${String(line)}: ${message}`);
    this.name = 'CsvSyntaxError';
  }
}

/** Splits CSV text into records; blank lines are skipped; a quote left open throws CsvSyntaxError naming its line. */
export function parseCsv(text: string): CsvRecord[] {
  const src = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let start = 1;
  let quoted = false;
  let quoteLine = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.length > 1 || fields[0] !== '') records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src.charAt(i);
    if (quoted) {
      if (c === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else {
        if (c === '\n') line++;
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      quoteLine = line;
    } else if (c === ',') {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && src[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += c;
  }
  if (quoted) throw new CsvSyntaxError(quoteLine, 'a quoted field is never closed (a " is missing)');
  endRecord();
  return records;
}
