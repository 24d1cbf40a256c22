export { signingKeysFeature } from './feature';
export { DEACTIVATED_REASON, revokeStaffKeys, type StaffKeysRevoked } from './revoke-actions';
