import { isStorageFull, STORAGE_FULL_MESSAGE } from './storage-full';

/**
 * What a caught value says, for a message at the field or in an alert: an Error's message, anything else as text.
 * A write the full disk refused says so in words, whatever wrapped it (shared/storage-full.ts).
 */
export function errorMessage(error: unknown): string {
  if (isStorageFull(error)) return STORAGE_FULL_MESSAGE;
  return error instanceof Error ? error.message : String(error);
}

/** errorMessage for the middle of a sentence the caller ends: without its own final full stop (no "try again.. Try again"). */
export function errorClause(error: unknown): string {
  return errorMessage(error).replace(/\.+\s*$/, '');
}
