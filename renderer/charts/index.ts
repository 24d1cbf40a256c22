import './chart-setup';

export { STILL_CHART } from './chart-options';
