export { SettingsPage } from './SettingsPage';
export { AutoLockContext, type AutoLockSetting } from './auto-lock-context';
export { settingsFeature } from './feature';
