import { app } from 'electron';
import type { AppInfo } from '../../../../shared/host';

/** HostApi.getAppInfo: the app's name, version and platform, for the About and support screens. */
export function getAppInfo(): Promise<AppInfo> {
  return Promise.resolve({ name: 'Waypoint', version: app.getVersion(), host: 'electron', platform: process.platform });
}
