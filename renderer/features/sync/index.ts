/** Clinic sync screens: connect the clinic, enroll laptops, the status indicator, conflicts and "Not synced" marks. */
export { SyncSettings } from './components/SyncSettings';
export { SyncStatus } from './components/SyncStatus';
export { SyncIndicator } from './components/SyncIndicator';
export { ClinicServerSection } from './components/ClinicServerSection';
export { NotSyncedBadge } from './components/NotSyncedBadge';
export { OpenConflictsBadge } from './components/OpenConflictsBadge';
export { ClinicSyncContext, useClinicSync, type ClinicSyncContextValue } from './sync-context';
export { useSyncStatus } from './useSyncStatus';
export { useUnsyncedIds } from './useUnsyncedIds';
export { ConflictsPage } from './ConflictsPage';
export { syncFeature } from './feature';
export { suggestUsername } from './enroll-form';
