/**
 * RFC 4180 CSV: fields separated by commas, records by CRLF; a field holding a comma, a double quote, CR or LF is
 * wrapped in double quotes with its quotes doubled. The text is plain Unicode; the caller saves it as UTF-8.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(csvField).join(',')).join('\r\n') + (rows.length > 0 ? '\r\n' : '');
}

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
