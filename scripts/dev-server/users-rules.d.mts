// Types of users-rules.mjs (plain JavaScript run by Node), so TypeScript tests can import it.

type Refusal = { readonly status: number; readonly error: string; readonly reason: string };

/** What the guard does with a request to `_users` from a non-admin. */
export declare function usersDecision(
  method: string,
  segments: readonly string[],
  caller: { readonly name: string | null },
): { readonly allow: true } | { readonly check: 'own-update'; readonly id: string } | Refusal;

/** Pure check of a member's new version of their own user document against the stored one. */
export declare function ownUpdateProblem(body: unknown, stored: unknown, name: string): string | null;
