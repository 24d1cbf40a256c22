/** The chart tab's `?tab=` value (the safety alert's "Review the safety plan" opens it). */
export const SAFETY_PLANS_TAB = 'safety-plans';
