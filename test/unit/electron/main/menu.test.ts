import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import type { HostEvent } from '../../../../shared/host';

interface FakeWindow {
  isDestroyed: () => boolean;
  webContents: { send: (...args: unknown[]) => void };
}

const fake = vi.hoisted(() => {
  const state: { focused: FakeWindow | null; template: unknown[]; installed: unknown } = {
    focused: null,
    template: [],
    installed: undefined,
  };
  return state;
});

vi.mock('electron', () => ({
  BrowserWindow: { getFocusedWindow: () => fake.focused, getAllWindows: () => [] },
  Menu: {
    buildFromTemplate: (template: unknown[]) => {
      fake.template = template;
      return { template };
    },
    setApplicationMenu: (menu: unknown) => {
      fake.installed = menu;
    },
  },
}));

const { buildMenuTemplate, installApplicationMenu } = await import('../../../../electron/main/menu');

type Item = MenuItemConstructorOptions;

function flatten(items: readonly Item[]): Item[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isMac: boolean, isDev: boolean) {
  const sent: HostEvent[] = [];
  const template = buildMenuTemplate({ isMac, isDev, send: (event) => sent.push(event) });
  return { template, items: flatten(template), sent };
}

/** Clicks a menu item the way Electron would; the click arguments are unused by our items. */
function click(item: Item | undefined): void {
  if (!item?.click) throw new Error('item has no click handler');
  Reflect.apply(item.click, undefined, []);
}

describe('buildMenuTemplate', () => {
  it.each([
    ['New Client', 'CmdOrCtrl+N', { type: 'menu', command: 'new-client' }],
    ['Lock', 'CmdOrCtrl+L', { type: 'lock', reason: 'menu' }],
    ['Settings…', 'CmdOrCtrl+,', { type: 'menu', command: 'go-settings' }],
    ['Find…', 'CmdOrCtrl+F', { type: 'menu', command: 'find' }],
    ['Clients', 'CmdOrCtrl+1', { type: 'menu', command: 'go-clients' }],
    ['Staff', 'CmdOrCtrl+2', { type: 'menu', command: 'go-staff' }],
  ] as const)('%s has %s and sends its command (mac and others)', (label, accelerator, event) => {
    for (const isMac of [true, false]) {
      const { items, sent } = build(isMac, false);
      const matches = items.filter((item) => item.label === label);
      expect(matches).toHaveLength(1);
      expect(matches[0]?.accelerator).toBe(accelerator);
      click(matches[0]);
      expect(sent).toEqual([event]);
    }
  });

  it('has the standard edit roles', () => {
    const roles = build(false, false).items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']));
  });

  it('has zoom and full screen, and reload and dev tools only in development', () => {
    const packaged = build(false, false).items.map((item) => item.role);
    expect(packaged).toEqual(expect.arrayContaining(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']));
    expect(packaged).not.toContain('reload');
    expect(packaged).not.toContain('forceReload');
    expect(packaged).not.toContain('toggleDevTools');
    const dev = build(false, true).items.map((item) => item.role);
    expect(dev).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('puts the app menu first only on macOS, and keeps Window and Help', () => {
    const mac = build(true, false).template;
    const other = build(false, false).template;
    expect(mac.map((menu) => menu.label ?? menu.role)).toEqual(['Waypoint', 'File', 'Edit', 'View', 'Go', 'windowMenu', 'help']);
    expect(other.map((menu) => menu.label ?? menu.role)).toEqual(['File', 'Edit', 'View', 'Go', 'windowMenu', 'help']);
    expect(build(false, false).items.map((item) => item.role)).toContain('quit');
  });
});

describe('installApplicationMenu', () => {
  beforeEach(() => {
    fake.focused = null;
    fake.template = [];
  });

  it('sends menu commands over the host-event channel to the focused window', () => {
    const send = vi.fn();
    fake.focused = { isDestroyed: () => false, webContents: { send } };
    installApplicationMenu(false, false);
    expect(fake.installed).toEqual({ template: fake.template });
    const items = flatten(fake.template.filter((item): item is Item => typeof item === 'object' && item !== null));
    click(items.find((item) => item.label === 'Clients'));
    expect(send).toHaveBeenCalledWith('waypoint:host-event', { type: 'menu', command: 'go-clients' });
  });

  it('does nothing when no window is open', () => {
    installApplicationMenu(false, false);
    const items = flatten(fake.template.filter((item): item is Item => typeof item === 'object' && item !== null));
    expect(() => {
      click(items.find((item) => item.label === 'Lock'));
    }).not.toThrow();
  });
});
