import { IPC_CHANNELS, type HostEvent } from '../../shared/host';

/** The part of a BrowserWindow that receives host events (structural, so tests need no real window). */
export interface HostEventTarget {
  isDestroyed(): boolean;
  readonly webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Sends a host event (lock, menu command) to a window's renderer, if the window is still alive. */
export function sendHostEvent(window: HostEventTarget | null | undefined, event: HostEvent): void {
  if (!window || window.isDestroyed()) return;
  window.webContents.send(IPC_CHANNELS.hostEvent, event);
}
