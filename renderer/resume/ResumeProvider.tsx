import { Center, Loader } from '@mantine/core';
import { useEffect, useState, type ReactNode } from 'react';
import { deriveKey } from '../../shared/crypto/keys';
import type { CryptoProvider } from '../../shared/crypto/provider';
import type { UnlockedVault } from '../vault/vault';
import type { VaultStore } from '../vault/vault-store';
import { FormStash } from './form-stash';
import { FormStashContext } from './form-stash-context';
import { formStashStore } from './form-stash-store';

/** What the stash needs from the wiring (main.tsx): the vault store and the crypto provider. */
export interface ResumeDeps {
  readonly crypto: CryptoProvider;
  readonly store: VaultStore;
  readonly now: () => Date;
}

async function openStash(deps: ResumeDeps, vault: UnlockedVault): Promise<FormStash> {
  const key = await deriveKey(deps.crypto, vault.master, 'at-rest');
  return FormStash.open(formStashStore(deps.store, deps.crypto, key), vault.user.id, deps.now);
}

interface Props {
  readonly deps: ResumeDeps;
  readonly vault: UnlockedVault;
  /** The same user as the last unlock: they go back to the page they were on. */
  readonly returning: boolean;
  /** The vault controller's before-lock registration: the stash is written while the vault is still open. */
  readonly beforeLock: (task: () => Promise<void>) => () => void;
  readonly children: ReactNode;
}

type Opened = { readonly stash: FormStash | null } | null;

/**
 * Where an unlocked user starts: the user who was here last returns to their page and their half-typed forms; anyone
 * else starts at home, and the previous user's stashed typing is deleted unread. Renders its children (the router)
 * only once this is settled, so no page of the previous user is ever shown.
 */
export function ResumeProvider({ deps, vault, returning, beforeLock, children }: Props) {
  const [opened, setOpened] = useState<Opened>(null);
  useEffect(() => {
    let live = true;
    // The hash router starts from the window's URL, which still names the previous user's page (a client's chart).
    if (!returning) window.history.replaceState(null, '', '#/');
    openStash(deps, vault).then(
      (stash) => {
        if (live) setOpened({ stash });
      },
      (error: unknown) => {
        console.error('Typing kept across the lock could not be read', error);
        if (live) setOpened({ stash: null });
      },
    );
    return () => {
      live = false;
    };
  }, [deps, vault, returning]);
  const stash = opened?.stash ?? null;
  useEffect(() => (stash ? beforeLock(() => stash.stashAll()) : undefined), [stash, beforeLock]);

  if (!opened) {
    return (
      <Center h="100vh">
        <Loader aria-label="Loading" />
      </Center>
    );
  }
  return <FormStashContext.Provider value={stash}>{children}</FormStashContext.Provider>;
}
