import type { FeatureModule } from '../../modules';
import { StaffPage } from './StaffPage';

/** Staff and roles. */
export const staffFeature = {
  name: 'staff',
  routes: [{ path: '/staff', element: <StaffPage /> }],
  nav: [{ to: '/staff', label: 'Staff', order: 80 }],
} satisfies FeatureModule;
