export { signingKeysFeature } from './feature';
