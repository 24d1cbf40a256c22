export { StaffPage } from './StaffPage';
export { staffFeature } from './feature';
