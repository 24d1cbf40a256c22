export { AuditPage } from './AuditPage';
export { SettingsPage } from './SettingsPage';
