import { errorMessage } from '../../shared/error-message';
import { isStorageFull, STORAGE_FULL_DRAFT_MESSAGE } from '../../shared/storage-full';
/**
 * What an editor shows next to a draft: stored (and when), being saved, changed but not yet saved, or a save that
 * failed (the text stays on screen and the next change or flush tries again).
 */
export type DraftStatus =
  | { readonly state: 'saved'; readonly at: Date }
  | { readonly state: 'saving' }
  | { readonly state: 'unsaved' }
  | { readonly state: 'error'; readonly reason: string };

/** Typing pauses this long before a save; blur, leaving the page and closing the window save at once. */
export const DRAFT_SAVE_DELAY_MS = 800;

/** A save the full disk refused is tried again this long after, while the editor keeps the text. */
export const STORAGE_FULL_RETRY_MS = 15_000;

/** Why a save failed, in words; a full disk says the text is kept in the editor (it is: the saver keeps it unsaved). */
export const reasonOf = (error: unknown): string => (isStorageFull(error) ? STORAGE_FULL_DRAFT_MESSAGE : errorMessage(error));
