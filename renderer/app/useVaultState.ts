import { useSyncExternalStore } from 'react';
import type { VaultController } from './vault-controller';
import type { VaultState } from './vault-state';

/** The controller's current state, re-rendering on change. */
export function useVaultState(controller: VaultController): VaultState {
  return useSyncExternalStore(controller.subscribe, controller.getState);
}
