/**
 * The HTML a note section may hold: paragraphs, line breaks, bold, italic, underline, lists and small headings, with
 * no attributes. Anything else (pasted styles, links, images, scripts, event handlers) is dropped, keeping its text,
 * so stored or synced note text can be shown as HTML without becoming code.
 */

const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote']);
const VOID = new Set(['br']);
// Their content is code or metadata, never text a person wrote.
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'title', 'head']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;

function escapeText(text: string): string {
  return text.replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

/** Keeps only the allowed tags, without attributes; text is kept and escaped where it is not already. */
export function sanitizeNoteHtml(html: string): string {
  let out = '';
  let last = 0;
  let dropping: string | null = null;
  for (const match of html.matchAll(TOKEN)) {
    const [token, rawName] = match;
    const text = html.slice(last, match.index);
    last = match.index + token.length;
    const name = rawName?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (dropping !== null) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    out += escapeText(text);
    if (!closing && DROP_WITH_CONTENT.has(name)) dropping = name;
    else if (ALLOWED.has(name) && !(closing && VOID.has(name))) out += closing ? `</${name}>` : `<${name}>`;
  }
  if (dropping === null) out += escapeText(html.slice(last));
  return out;
}
