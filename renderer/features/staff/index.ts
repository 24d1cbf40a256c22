export { StaffPage } from './StaffPage';
export { staffFeature } from './feature';
export { rotateAfterRemoval } from './key-rotation-actions';
