import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getVersion: () => '1.2.3' } }));

const { getAppInfo } = await import('../../../../../../electron/main/ipc/handlers/get-app-info');

describe('getAppInfo', () => {
  it('reports the Electron host, the app version and the platform', async () => {
    await expect(getAppInfo()).resolves.toEqual({
      name: 'Waypoint',
      version: '1.2.3',
      host: 'electron',
      platform: process.platform,
    });
  });
});
