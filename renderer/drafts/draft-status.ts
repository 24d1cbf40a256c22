import { errorMessage } from '../../shared/error-message';
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

export const reasonOf = (error: unknown): string => errorMessage(error);
