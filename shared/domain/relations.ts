/** How a contact, a family session attendee or a family feedback respondent is related to the client: one list everywhere. */
export const RELATIONS = ['Parent', 'Spouse or partner', 'Sibling', 'Child', 'Guardian', 'Grandparent', 'Other relative', 'Friend', 'Other'] as const;

export type Relation = (typeof RELATIONS)[number];
