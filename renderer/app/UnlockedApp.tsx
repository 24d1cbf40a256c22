import { useEffect, useMemo } from 'react';
import { HashRouter } from 'react-router';
import { DatabaseProvider } from '../db';
import { BackupContext, type BackupContextValue } from '../features/backup';
import { AutoLockContext, type AutoLockSetting } from '../features/settings';
import { ClinicSyncContext, type ClinicSyncContextValue } from '../features/sync';
import { ChartRegistryContext } from '../modules';
import { CHART_REGISTRY } from './features';
import { getHost } from '../host';
import { ResumeProvider, type ResumeDeps } from '../resume/ResumeProvider';
import { AppLayout } from './AppLayout';
import { SignedInContext, followClinicTimeZone, type SignedIn } from '../session';
import { useStorageFullNotice } from './useStorageFullNotice';
import { useTrustedIdle } from './useTrustedIdle';
import type { VaultController } from './vault-controller';
import type { VaultState } from './vault-state';

type Unlocked = Extract<VaultState, { phase: 'unlocked' }>;

// Locks after the configured idle minutes; only real user input resets the timer (never a script's synthetic event).
function useIdleLock(controller: VaultController, idleMinutes: number): void {
  const idle = useTrustedIdle(idleMinutes * 60_000);
  useEffect(() => {
    if (idle) void controller.lock('idle');
  }, [idle, controller]);
}

// OS lock, suspend and the Lock menu item arrive as host events.
function useHostLock(controller: VaultController): void {
  useEffect(
    () =>
      getHost().onHostEvent((event) => {
        if (event.type === 'lock') void controller.lock(event.reason === 'menu' ? 'menu' : event.reason);
      }),
    [controller],
  );
}

/** The app once unlocked: database, session and routes. */
export function UnlockedApp({ controller, state, resume }: { controller: VaultController; state: Unlocked; resume: ResumeDeps }) {
  useIdleLock(controller, state.idleMinutes);
  useHostLock(controller);
  useStorageFullNotice();
  useEffect(() => {
    const sub = followClinicTimeZone(state.db);
    return () => {
      sub.unsubscribe();
    };
  }, [state.db]);
  const session = useMemo<SignedIn>(
    () => ({
      user: state.vault.user,
      clinicName: state.vault.clinicName,
      lock: () => void controller.lock('button'),
      issueSetupCode: (user) => controller.issueSetupCode(user),
      changePassphrase: (current, next) => controller.changePassphrase(current, next),
    }),
    [controller, state.vault],
  );
  const clinicSync = useMemo<ClinicSyncContextValue>(
    () => ({
      ...state.sync,
      connect: (input) => controller.connectClinic(input),
      enroll: (input) => controller.enrollLaptop(input),
      updateServer: (admin) => controller.updateServer(admin),
      rotateKey: (admin, remaining) => controller.rotateSyncKey(admin, remaining),
    }),
    [controller, state.sync],
  );
  const autoLock = useMemo<AutoLockSetting>(
    () => ({ idleMinutes: state.idleMinutes, onIdleMinutesChange: (minutes) => controller.setIdleMinutes(minutes) }),
    [controller, state.idleMinutes],
  );
  const backup = useMemo<BackupContextValue>(
    () => ({
      clinicId: state.vault.clinicId,
      backUp: (onProgress) => controller.backUp(onProgress),
      readSchedule: () => controller.readBackupSchedule(),
      writeSchedule: (schedule) => controller.writeBackupSchedule(schedule),
    }),
    [controller, state.vault],
  );
  return (
    <DatabaseProvider db={state.db}>
      <SignedInContext.Provider value={session}>
        <ClinicSyncContext.Provider value={clinicSync}>
          <AutoLockContext.Provider value={autoLock}>
            <BackupContext.Provider value={backup}>
              <ChartRegistryContext.Provider value={CHART_REGISTRY}>
                <ResumeProvider deps={resume} vault={state.vault} returning={state.returning} beforeLock={controller.beforeLock}>
                  <HashRouter>
                    <AppLayout />
                  </HashRouter>
                </ResumeProvider>
              </ChartRegistryContext.Provider>
            </BackupContext.Provider>
          </AutoLockContext.Provider>
        </ClinicSyncContext.Provider>
      </SignedInContext.Provider>
    </DatabaseProvider>
  );
}
