/** Public surface of the notes feature: pages, the chart's Notes tab, and the editor's rich-text section. */
export { NoteEditorPage } from './NoteEditorPage';
export { NewNotePage } from './NewNotePage';
export { UnsignedNotesPage } from './UnsignedNotesPage';
export { NotesTab } from './NotesTab';
export { useClientNotes } from './useNotes';
export { SaveStatus } from './components/SaveStatus';
