/**
 * The HTML a note section may hold: paragraphs, line breaks, bold, italic, underline, lists and small headings, with
 * no attributes. Anything else (pasted styles, links, images, scripts, event handlers) is dropped, keeping its text,
 * so stored or synced note text can be shown as HTML without becoming code.
 */

const ALLOWED = new Set(['p', 'br', 'strong', 'b', 'em', 'i', 'u', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote']);
const VOID = new Set(['br']);
// Chromium's contentEditable makes a <div> per Enter; keeping it as a paragraph keeps the line break.
const RENAMED: Readonly<Record<string, string>> = { div: 'p' };
// Their content is code or metadata, never text a person wrote.
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'title', 'head']);

const TOKEN = /<!--[\s\S]*?(?:-->|$)|<\/?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>|<![^>]*>|<\?[^>]*>/g;

function escapeText(text: string): string {
  return text
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/&(?!(?:[a-zA-Z]+|#\d+|#x[0-9a-fA-F]+);)/g, '&amp;');
}

const BLOCKS = new Set(['p', 'ul', 'ol', 'li', 'h3', 'h4', 'blockquote']);

/**
 * Builds the output; text and inline tags outside any block go into a paragraph of their own (contentEditable leaves
 * the first line as a bare text node before the paragraphs Enter makes).
 */
function createWriter() {
  let out = '';
  let depth = 0;
  let implicit = false;
  const inline = (html: string) => {
    if (depth === 0 && !implicit && html.trim() !== '') {
      out += '<p>';
      implicit = true;
    }
    out += html;
  };
  const tag = (name: string, closing: boolean) => {
    if (!BLOCKS.has(name)) {
      inline(closing ? `</${name}>` : `<${name}>`);
      return;
    }
    if (implicit && !closing && depth === 0) {
      out += '</p>';
      implicit = false;
    }
    depth = Math.max(0, depth + (closing ? -1 : 1));
    out += closing ? `</${name}>` : `<${name}>`;
  };
  const end = () => (implicit ? `${out}</p>` : out);
  return { inline, tag, end };
}

/** Keeps only the allowed tags, without attributes; text is kept and escaped where it is not already. */
export function sanitizeNoteHtml(html: string): string {
  const w = createWriter();
  let last = 0;
  let dropping: string | null = null;
  for (const match of html.matchAll(TOKEN)) {
    const [token, rawName] = match;
    const text = html.slice(last, match.index);
    last = match.index + token.length;
    const lower = rawName?.toLowerCase() ?? '';
    const name = RENAMED[lower] ?? lower;
    const closing = token.startsWith('</');
    if (dropping !== null) {
      if (closing && name === dropping) dropping = null;
      continue;
    }
    w.inline(escapeText(text));
    if (!closing && DROP_WITH_CONTENT.has(name)) dropping = name;
    else if (ALLOWED.has(name) && !(closing && VOID.has(name))) w.tag(name, closing);
  }
  if (dropping === null) w.inline(escapeText(html.slice(last)));
  return w.end();
}
