/** Clinic sync screens: connect the clinic to its server, and the always-visible status indicator. */
export { SyncSettings } from './components/SyncSettings';
export { SyncStatus } from './components/SyncStatus';
export { useSyncStatus } from './useSyncStatus';
