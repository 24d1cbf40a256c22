/** Where each item of the supervisor view is resolved. */
const chart = (clientId: string, tab: string) => `/clients/${encodeURIComponent(clientId)}?tab=${tab}`;

/** The clinician's list of what waits for a signature, and the decisions that differ. */
export const supervisionListPath = (clinicianId: string) => `/supervision/${encodeURIComponent(clinicianId)}`;
/** The chart's plan tab: sign the draft or co-sign the version there. */
export const planTabPath = (clientId: string) => chart(clientId, 'plan');
/** The chart's review tab (Overview): start the overdue review there. */
export const reviewTabPath = (clientId: string) => chart(clientId, 'overview');
/** The review screen: sign the draft, or co-sign the signed review. */
export const reviewPath = (reviewId: string) => `/reviews/${encodeURIComponent(reviewId)}`;
