/**
 * The Content-Security-Policy header on every response the window's session receives (the dev server's pages in
 * development; the app:// responses carry the same header from the protocol handler). The policy is written out as
 * a literal here, in the shape electronegativity reads (`npm run lint`: a webRequest header callback), so the scanner
 * evaluates the policy we ship; a unit test holds it equal to shared/csp.ts, the one policy both hosts send.
 */

/** The response-headers hook of a Session's webRequest; Electron's WebRequest satisfies it. */
export interface ResponseHeaderHook {
  onHeadersReceived(
    listener: (
      details: { readonly responseHeaders?: Record<string, string[]> },
      callback: (response: { responseHeaders: Record<string, string[]> }) => void,
    ) => void,
  ): void;
}

/** Adds our CSP to every response (replacing none of the others; a second, equal policy narrows nothing). */
export function sendContentSecurityPolicy(webRequest: ResponseHeaderHook): void {
  webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [
          "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self' https: http://127.0.0.1:* http://localhost:*; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'",
        ],
      },
    });
  });
}
