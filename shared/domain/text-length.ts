/** Length limits on free text: shown while typing and refused with a message; a text is never cut behind the user's back. */

/** "12 of 500 characters" (trimmed, as it would be saved). */
export function characterCount(text: string, max: number): string {
  return `${String(text.trim().length)} of ${String(max)} characters`;
}

/** Why a text is too long to save (trimmed, as it would be saved), or null. */
export function tooLongMessage(label: string, text: string, max: number): string | null {
  const length = text.trim().length;
  return length > max ? `${label} is ${String(length)} characters; the most is ${String(max)}. Shorten it to save.` : null;
}
