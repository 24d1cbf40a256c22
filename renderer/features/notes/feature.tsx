import type { ChartTabProps, FeatureModule } from '../../modules';
import { NewNotePage } from './NewNotePage';
import { NoteEditorPage } from './NoteEditorPage';
import { NotesTab } from './NotesTab';
import { UnsignedNotesPage } from './UnsignedNotesPage';
import { UnsignedNotesBadge } from './components/UnsignedNotesBadge';

const NotesChartTab = ({ client, canEdit }: ChartTabProps) => <NotesTab clientId={client.id} canWrite={canEdit} />;

/** Session notes: the editor, Unsigned notes and the chart's Notes tab. */
export const notesFeature = {
  name: 'notes',
  routes: [
    { path: '/notes/unsigned', element: <UnsignedNotesPage /> },
    { path: '/notes/new', element: <NewNotePage /> },
    { path: '/notes/:noteId', element: <NoteEditorPage /> },
  ],
  nav: [{ to: '/notes/unsigned', label: 'Unsigned notes', order: 40, badge: UnsignedNotesBadge }],
  chartTabs: [{ value: 'notes', label: 'Notes', order: 30, Panel: NotesChartTab }],
} satisfies FeatureModule;
