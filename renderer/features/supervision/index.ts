/** Public surface of the supervisor view: its feature module. */
export { supervisionFeature } from './feature';
