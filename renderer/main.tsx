import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import '@mantine/tiptap/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { z } from 'zod';
import { App, StartupFailure } from './app/App';
import { VaultController } from './app/vault-controller';
import type { VaultDeps } from './vault/vault';
import { allowClinicServer } from './host/clinic-server';
import type { CryptoProvider } from '../shared/crypto/provider';
import { createWebCryptoProvider } from './crypto/web-crypto-provider';
import { openVaultStore } from './vault/vault-store';

/** The deps a controller needs in the app: the platform's crypto, the vault store, the clock, the CSP's one server. */
function vaultDeps(crypto: CryptoProvider, store: VaultDeps['store']): VaultDeps {
  return { crypto, store, now: () => new Date(), allowServer: (url) => allowClinicServer(url) };
}

// zod probes `new Function` for speed; the app's CSP forbids eval, so tell it not to try.
z.config({ jitless: true });

// Wiring happens here, once, outside React: the vault store and controller are not created by components.
async function bootstrap(root: HTMLElement): Promise<void> {
  const reactRoot = createRoot(root);
  try {
    const store = await openVaultStore();
    const deps = vaultDeps(createWebCryptoProvider(), store);
    const controller = new VaultController(deps);
    void controller.load();
    reactRoot.render(
      <StrictMode>
        <App controller={controller} resume={deps} />
      </StrictMode>,
    );
  } catch (error) {
    reactRoot.render(<StartupFailure error={error} />);
  }
}

const root = document.getElementById('root');
if (root) void bootstrap(root);
