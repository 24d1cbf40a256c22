import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devServerUrl, isAppUrl } from '../../../../electron/main/origin';

describe('isAppUrl', () => {
  const dev = 'http://localhost:5173';
  it.each([
    ['app://waypoint/index.html', undefined, true],
    ['app://waypoint/assets/app.js', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['app://waypoint.evil.example/index.html', undefined, false],
    ['https://waypoint/index.html', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['not a url', undefined, false],
    ['http://localhost:5173/index.html', undefined, false],
    ['http://localhost:5173/#/clients', dev, true],
    ['http://localhost:5174/', dev, false],
    ['https://localhost:5173/', dev, false],
    ['http://127.0.0.1:5173/', dev, false],
  ])('%s (dev server %s) → %s', (url, devUrl, expected) => {
    expect(isAppUrl(url, devUrl)).toBe(expected);
  });

  it('the entry URL is on the app origin', () => {
    expect(APP_ENTRY_URL).toBe('app://waypoint/index.html');
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('devServerUrl', () => {
  it('reads ELECTRON_RENDERER_URL and treats empty as unset', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' })).toBe('http://localhost:5173');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: '' })).toBeUndefined();
    expect(devServerUrl({})).toBeUndefined();
  });
});
