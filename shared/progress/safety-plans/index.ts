/** Safety plans and relapse-prevention plans (progress.md §4): types, sections, validation, versions, review prompts, client copy. */
export * from './types';
export * from './sections';
export * from './validation';
export * from './versioning';
export * from './review-prompt';
export * from './recorded-events';
export * from './current-events';
export * from './client-copy';
