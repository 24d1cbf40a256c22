import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS, type HostApi, type HostEvent } from '../../../../shared/host';

type Listener = (event: unknown, payload: unknown) => void;

const fake = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>();
  const exposed: [string, unknown][] = [];
  const invoked: unknown[][] = [];
  const state = {
    exposed,
    invoked,
    listeners,
    emit(channel: string, payload: unknown): void {
      for (const listener of listeners.get(channel) ?? []) listener({}, payload);
    },
  };
  return state;
});

vi.mock('electron', () => ({
  contextBridge: {
    exposeInMainWorld: (key: string, api: unknown) => {
      fake.exposed.push([key, api]);
    },
  },
  ipcRenderer: {
    invoke: (...args: unknown[]) => {
      fake.invoked.push(args);
      return Promise.resolve({ ok: true });
    },
    on: (channel: string, listener: Listener) => {
      fake.listeners.set(channel, [...(fake.listeners.get(channel) ?? []), listener]);
    },
    removeListener: (channel: string, listener: Listener) => {
      fake.listeners.set(
        channel,
        (fake.listeners.get(channel) ?? []).filter((known) => known !== listener),
      );
    },
  },
}));

await import('../../../../electron/preload/index');

function isHostApi(value: unknown): value is HostApi {
  return (
    typeof value === 'object' &&
    value !== null &&
    'getAppInfo' in value &&
    typeof value.getAppInfo === 'function' &&
    'saveFile' in value &&
    typeof value.saveFile === 'function' &&
    'onHostEvent' in value &&
    typeof value.onHostEvent === 'function'
  );
}

function exposedApi(): HostApi {
  const api = fake.exposed[0]?.[1];
  if (!isHostApi(api)) throw new Error('window.waypoint is not a HostApi');
  return api;
}

describe('preload', () => {
  beforeEach(() => {
    fake.invoked.length = 0;
    fake.listeners.clear();
  });

  it('exposes exactly the HostApi functions, once, as window.waypoint', () => {
    expect(fake.exposed).toHaveLength(1);
    expect(fake.exposed[0]?.[0]).toBe('waypoint');
    expect(Object.keys(exposedApi()).sort()).toEqual([
      'allowClinicServer',
      'chooseBackupFolder',
      'getAppInfo',
      'getBackupFolder',
      'onHostEvent',
      'saveFile',
      'writeBackup',
    ]);
  });

  it('invokes one named channel per function', async () => {
    const api = exposedApi();
    const request = { suggestedName: 'a.csv', content: 'x', mimeType: 'text/csv' } as const;
    await api.getAppInfo();
    await api.saveFile(request);
    expect(fake.invoked).toEqual([[IPC_CHANNELS.getAppInfo], [IPC_CHANNELS.saveFile, request]]);
  });

  it('delivers valid host events', () => {
    const received: HostEvent[] = [];
    exposedApi().onHostEvent((event) => received.push(event));
    fake.emit(IPC_CHANNELS.hostEvent, { type: 'lock', reason: 'os-lock' });
    fake.emit(IPC_CHANNELS.hostEvent, { type: 'menu', command: 'go-staff' });
    expect(received).toEqual([
      { type: 'lock', reason: 'os-lock' },
      { type: 'menu', command: 'go-staff' },
    ]);
  });

  it.each([
    ['null', null],
    ['a string', 'lock'],
    ['an unknown type', { type: 'quit' }],
    ['an unknown lock reason', { type: 'lock', reason: 'timer' }],
    ['an unknown command', { type: 'menu', command: 'delete-all' }],
    ['a command inherited from Object', { type: 'menu', command: 'toString' }],
    ['a missing command', { type: 'menu' }],
  ])('drops %s', (_name, payload) => {
    const listener = vi.fn();
    exposedApi().onHostEvent(listener);
    fake.emit(IPC_CHANNELS.hostEvent, payload);
    expect(listener).not.toHaveBeenCalled();
  });

  it('passes on only the known fields', () => {
    const listener = vi.fn();
    exposedApi().onHostEvent(listener);
    fake.emit(IPC_CHANNELS.hostEvent, { type: 'lock', reason: 'suspend', extra: '<script>' });
    expect(listener).toHaveBeenCalledWith({ type: 'lock', reason: 'suspend' });
  });

  it('unsubscribe removes only that listener', () => {
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = exposedApi().onHostEvent(first);
    exposedApi().onHostEvent(second);
    unsubscribeFirst();
    fake.emit(IPC_CHANNELS.hostEvent, { type: 'menu', command: 'find' });
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledOnce();
    expect(fake.listeners.get(IPC_CHANNELS.hostEvent)).toHaveLength(1);
  });

  it('requires nothing but electron at run time (a sandboxed preload can load nothing else)', async () => {
    const source = await readFile(fileURLToPath(new URL('../../../../electron/preload/index.ts', import.meta.url)), 'utf8');
    const runtimeImports = [...source.matchAll(/^import\s+(?!type\s)[^;]*?from\s+'([^']+)'/gm)].map((match) => match[1]);
    expect(runtimeImports).toEqual(['electron']);
    expect(source).not.toMatch(/\b(?:require|import)\(\s*['"`]/);
  });
});
