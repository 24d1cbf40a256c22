import { useSyncExternalStore } from 'react';
import type { VaultController, VaultState } from './vault-controller';

/** The controller's current state, re-rendering on change. */
export function useVaultState(controller: VaultController): VaultState {
  return useSyncExternalStore(controller.subscribe, controller.getState);
}
