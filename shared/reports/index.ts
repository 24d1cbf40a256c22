/** Reports and exports (progress.md §7): the document model, pure builders, CSV, the never-include rule. */
export * from './document';
export * from './csv';
export * from './measure-csv';
export * from './progress-report-input';
export * from './progress-report';
export * from './client-copy';
export * from './export-access';
export { longDate } from './report-words';
export * from './safety-plan-copy';
export * from './plan-summary';
export * from './discharge-content';
export * from './discharge-summary';
export * from './discharge-record';
export * from './report-decision';
export * from './discharge-access';
export * from './client-record';
export * from './client-record-bundle';
export * from './client-record-document';
