import { electronContentSecurityPolicy } from '../../shared/csp';

/**
 * The Content-Security-Policy header on every response the window's session receives (the dev server's pages in
 * development; the app:// responses carry the same header from the protocol handler). The base policy is written
 * out as a literal here, in the shape electronegativity reads (`npm run lint`: a webRequest header callback), so
 * the scanner evaluates the policy we ship; a unit test holds it equal to shared/csp.ts ELECTRON_BASE_POLICY. Its
 * connect-src is the app alone; withClinicServer adds the one clinic server the user confirmed in main
 * (ipc/handlers/clinic-server.ts), read per response, so a reload after a confirmed change applies it (issue 18
 * item 8).
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

/** The clinic server origin main holds, or null before one is confirmed. */
export type ServerOrigin = () => string | null;

interface HeaderResponse {
  readonly responseHeaders: Record<string, string[]>;
}

/** The response with the clinic server's origin added to the policy's connect-src (unchanged without a server). */
export function withClinicServer(response: HeaderResponse, origin: string | null): HeaderResponse {
  if (origin === null) return response;
  return { responseHeaders: { ...response.responseHeaders, 'Content-Security-Policy': [electronContentSecurityPolicy(origin)] } };
}

/** Adds our CSP to every response (replacing none of the others; a second, equal policy narrows nothing). */
export function sendContentSecurityPolicy(webRequest: ResponseHeaderHook, serverOrigin: ServerOrigin): void {
  webRequest.onHeadersReceived((details, callback) => {
    callback(
      withClinicServer(
        {
          responseHeaders: {
            ...details.responseHeaders,
            'Content-Security-Policy': [
              "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-src 'none'; form-action 'none'",
            ],
          },
        },
        serverOrigin(),
      ),
    );
  });
}
