import { createContext, useContext } from 'react';

/** This laptop's auto-lock minutes, owned by the vault and provided by the unlocked app. */
export interface AutoLockSetting {
  readonly idleMinutes: number;
  readonly onIdleMinutesChange: (minutes: number) => Promise<void>;
}

export const AutoLockContext = createContext<AutoLockSetting | null>(null);

/** The auto-lock setting; only rendered inside the unlocked app, so a missing provider is a programming error. */
export function useAutoLockSetting(): AutoLockSetting {
  const value = useContext(AutoLockContext);
  if (!value) throw new Error('useAutoLockSetting outside the unlocked app');
  return value;
}
