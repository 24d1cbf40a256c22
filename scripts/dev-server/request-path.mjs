// The guard decides on the path PouchDB Server will act on: decoded, normalised, and re-encoded one way.

// CouchDB's rule for database names (a leading "_" is a server endpoint or system database).
const DB_NAME = /^[a-z][a-z0-9_$()+/-]*$/;

/**
 * Splits a request URL into decoded path segments. Empty segments (double or trailing slashes) are dropped;
 * "." and ".." segments and malformed percent-encoding are refused, as is an illegal database name.
 * @returns {{ ok: true, segments: string[], path: string } | { ok: false, error: string, reason: string }}
 */
export function parseRequestPath(url) {
  const raw = url ?? '/';
  const queryAt = raw.indexOf('?');
  const rawPath = queryAt === -1 ? raw : raw.slice(0, queryAt);
  const query = queryAt === -1 ? '' : raw.slice(queryAt);
  if (!rawPath.startsWith('/')) return { ok: false, error: 'bad_request', reason: 'The path must start with "/".' };
  const segments = [];
  for (const part of rawPath.split('/')) {
    if (part === '') continue;
    let decoded;
    try {
      decoded = decodeURIComponent(part);
    } catch {
      return { ok: false, error: 'bad_request', reason: 'The path has malformed percent-encoding.' };
    }
    if (decoded === '.' || decoded === '..') return { ok: false, error: 'bad_request', reason: 'The path may not contain "." or ".." segments.' };
    segments.push(decoded);
  }
  const db = segments[0];
  if (db !== undefined && !db.startsWith('_') && !DB_NAME.test(db)) {
    return {
      ok: false,
      error: 'illegal_database_name',
      reason: `Name: '${db}'. Only lowercase characters (a-z), digits (0-9), and any of the characters _, $, (, ), +, -, and / are allowed. Must begin with a letter.`,
    };
  }
  return { ok: true, segments, path: `/${segments.map(encodeSegment).join('/')}${query}` };
}

// encodeURIComponent, keeping the characters CouchDB ids and names commonly carry readable (":" "$" "(" ")" "+" "@").
function encodeSegment(segment) {
  return encodeURIComponent(segment).replace(/%(3A|24|28|29|2B|40)/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
