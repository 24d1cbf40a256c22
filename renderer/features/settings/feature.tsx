import type { FeatureModule } from '../../modules';
import { useAutoLockSetting } from './auto-lock-context';
import { SettingsPage } from './SettingsPage';

function SettingsRoute() {
  const { idleMinutes, onIdleMinutesChange } = useAutoLockSetting();
  return <SettingsPage idleMinutes={idleMinutes} onIdleMinutesChange={onIdleMinutesChange} />;
}

/** This laptop's settings. */
export const settingsFeature = {
  name: 'settings',
  routes: [{ path: '/settings', element: <SettingsRoute /> }],
  nav: [{ to: '/settings', label: 'Settings', order: 110 }],
} satisfies FeatureModule;
