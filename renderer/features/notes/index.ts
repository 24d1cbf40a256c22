/** Public surface of the notes feature: pages, the chart's Notes tab, and the editor's rich-text section. */
export { NoteEditorPage } from './NoteEditorPage';
export { NewNotePage } from './NewNotePage';
export { UnsignedNotesPage } from './UnsignedNotesPage';
export { NotesTab } from './NotesTab';
export { useClientNotes } from './useNotes';
export { SaveStatus } from './components/SaveStatus';
// The crash-recovery copy of a draft's unsaved typing, shared with the group session's note.
export { useDraftRecovery, type DraftRecovery, type RecoverableDraft } from './useDraftRecovery';
export type { DraftContent } from './useNoteDraft';
// The note editor's draft engine (autosave, crash-recovery copy, arrivals), for notes edited outside the note page
// (the medication visit's note).
export { useNoteDraft, type NoteDraft } from './useNoteDraft';
export { useNoteActions } from './useNoteActions';
export { notesFeature } from './feature';
export { NoteSections } from './components/NoteSections';
