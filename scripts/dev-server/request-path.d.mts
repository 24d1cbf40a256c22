// Types of request-path.mjs (plain JavaScript run by Node), so TypeScript tests can import it.

/** Splits a request URL into decoded path segments, or refuses it. */
export declare function parseRequestPath(
  url: string | undefined,
): { readonly ok: true; readonly segments: string[]; readonly path: string } | { readonly ok: false; readonly error: string; readonly reason: string };
