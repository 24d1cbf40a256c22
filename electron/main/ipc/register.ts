import { z } from 'zod';
import { IPC_CHANNELS, saveFileRequestSchema, writeBackupRequestSchema, type HostApi } from '../../../shared/host';

/**
 * The only way main answers the renderer: one typed handler per HostApi function, registered through handle(),
 * which refuses any sender that is not our own page and any argument the contract's schema rejects, before the
 * handler runs.
 */

/** The part of an IPC invoke event we rely on (IpcMainInvokeEvent has it; tests can build it without casts). */
export interface InvokeEventLike {
  readonly senderFrame: { readonly url: string } | null;
}

/** The part of ipcMain we need; ipcMain itself satisfies it. */
export interface IpcRegistrar {
  handle(channel: string, listener: (event: InvokeEventLike, ...args: unknown[]) => Promise<unknown>): void;
}

/** Decides whether a frame URL is the app (app://waypoint or the dev server). */
export type SenderCheck = (url: string) => boolean;

/** The HostApi functions that are request/response (onHostEvent is a push channel, not a handler). */
export type InvokeName = Exclude<keyof HostApi, 'onHostEvent'>;

/** Main-side implementations of every request/response HostApi function, with the contract's own types. */
export type HostHandlers = { readonly [K in InvokeName]: HostApi[K] };

function assertTrustedSender(channel: string, event: InvokeEventLike, isTrusted: SenderCheck): void {
  const url = event.senderFrame?.url;
  if (url === undefined || !isTrusted(url)) {
    throw new Error(`Refused ${channel}: the request did not come from the Waypoint app page.`);
  }
}

/**
 * Registers one channel: checks the sender, parses the argument list with `args` (a zod tuple), and only then
 * calls `handler` with the parsed, typed arguments.
 */
export function handle<A extends unknown[], R>(
  ipc: IpcRegistrar,
  channel: string,
  args: z.ZodType<A>,
  handler: (...args: A) => Promise<R>,
  isTrusted: SenderCheck,
): void {
  ipc.handle(channel, async (event, ...raw) => {
    assertTrustedSender(channel, event, isTrusted);
    const parsed = args.safeParse(raw);
    if (!parsed.success) {
      throw new Error(`Refused ${channel}: invalid arguments. ${z.prettifyError(parsed.error)}`);
    }
    return handler(...parsed.data);
  });
}

/** Registers every request/response channel of the host contract. */
export function registerHostHandlers(ipc: IpcRegistrar, handlers: HostHandlers, isTrusted: SenderCheck): void {
  handle(ipc, IPC_CHANNELS.getAppInfo, z.tuple([]), handlers.getAppInfo, isTrusted);
  handle(ipc, IPC_CHANNELS.saveFile, z.tuple([saveFileRequestSchema]), handlers.saveFile, isTrusted);
  handle(ipc, IPC_CHANNELS.chooseBackupFolder, z.tuple([]), handlers.chooseBackupFolder, isTrusted);
  handle(ipc, IPC_CHANNELS.getBackupFolder, z.tuple([]), handlers.getBackupFolder, isTrusted);
  handle(ipc, IPC_CHANNELS.writeBackup, z.tuple([writeBackupRequestSchema]), handlers.writeBackup, isTrusted);
  handle(ipc, IPC_CHANNELS.allowClinicServer, z.tuple([z.string().min(1).max(2000)]), handlers.allowClinicServer, isTrusted);
}
