export { auditFeature } from './feature';
