import type { FeatureModule } from '../../modules';
import { SigningKeysPage } from './SigningKeysPage';

/** Signing keys: each staff member's key per laptop and an admin's certification of it (issue 18 item 6). */
export const signingKeysFeature = {
  name: 'signing-keys',
  routes: [{ path: '/signing-keys', element: <SigningKeysPage /> }],
  nav: [{ to: '/signing-keys', label: 'Signing keys', order: 85 }],
} satisfies FeatureModule;
