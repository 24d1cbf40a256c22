export { LockPage } from './LockPage';
export { RecoveryKeyPage } from './RecoveryKeyPage';
export { SetupPage } from './SetupPage';
export { ChangePassphraseSection } from './ChangePassphraseSection';
