/**
 * Progress, plans and level-of-care reviews (progress.md): the recommendation engine's contract lives here. The plan
 * domain (shared/progress/plans/) is still imported by module until its screens settle what its public surface is.
 */
export * from './recommendation';
