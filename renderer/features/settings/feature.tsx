import type { FeatureModule } from '../../modules';
import { AuditPage } from './AuditPage';
import { useAutoLockSetting } from './auto-lock-context';
import { SettingsPage } from './SettingsPage';

function SettingsRoute() {
  const { idleMinutes, onIdleMinutesChange } = useAutoLockSetting();
  return <SettingsPage idleMinutes={idleMinutes} onIdleMinutesChange={onIdleMinutesChange} />;
}

/** This laptop's settings and the audit log. */
export const settingsFeature = {
  name: 'settings',
  routes: [
    { path: '/audit', element: <AuditPage /> },
    { path: '/settings', element: <SettingsRoute /> },
  ],
  nav: [
    { to: '/audit', label: 'Audit log', order: 90 },
    { to: '/settings', label: 'Settings', order: 110 },
  ],
} satisfies FeatureModule;
