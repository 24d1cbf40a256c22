import type { FeatureModule } from '../../modules';
import { ConflictsPage } from './ConflictsPage';
import { NotSyncedBadge } from './components/NotSyncedBadge';
import { OpenConflictsBadge } from './components/OpenConflictsBadge';
import { useUnsyncedIds } from './useUnsyncedIds';

const useUnsyncedClientIds = () => useUnsyncedIds('clients');

/** Clinic sync: the Conflicts page with its count, and the list's "Not synced" mark. */
export const syncFeature = {
  name: 'sync',
  routes: [{ path: '/conflicts', element: <ConflictsPage /> }],
  nav: [{ to: '/conflicts', label: 'Conflicts', order: 100, badge: OpenConflictsBadge }],
  clientSignals: [{ key: 'not-synced', order: 40, useClientIds: useUnsyncedClientIds, Badge: NotSyncedBadge }],
} satisfies FeatureModule;
