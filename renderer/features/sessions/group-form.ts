import { z } from 'zod';
import { fieldErrors, type FieldErrors } from '../../../shared/domain/client';
import type { Group } from '../../../shared/domain/records';

/** The group form while typed. */
export interface GroupFormValues {
  name: string;
  description: string;
  leaderId: string;
  memberIds: string[];
  status: Group['status'];
}

const schema = z.object({
  name: z.string().trim().min(1, 'Enter the group’s name.').max(120, 'A group name is at most 120 characters.'),
  description: z.string().trim().max(2000, 'The description is at most 2000 characters.'),
  leaderId: z.string().min(1, 'Choose the group’s leader.'),
  // No size cap: a program decides how large its groups are.
  memberIds: z.array(z.string().min(1)).transform((ids) => [...new Set(ids)]),
  status: z.enum(['active', 'archived']),
});

export type GroupFormInput = z.infer<typeof schema>;

/** Validates the group form; returns the parsed values or the first error per field. */
export function validateGroupForm(
  input: unknown,
): { readonly ok: true; readonly value: GroupFormInput } | { readonly ok: false; readonly errors: FieldErrors } {
  const r = schema.safeParse(input);
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error) };
}

/** A new group led by the user, or an existing group's values. */
export function groupToForm(group: Group | null, userId: string): GroupFormValues {
  if (!group) return { name: '', description: '', leaderId: userId, memberIds: [], status: 'active' };
  return { name: group.name, description: group.description, leaderId: group.leaderId, memberIds: [...group.memberIds], status: group.status };
}
