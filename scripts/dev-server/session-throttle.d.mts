// Types of session-throttle.mjs (plain JavaScript run by Node), so TypeScript tests can import it.

export interface Throttle {
  /** Seconds to wait before this name / address may try again (0: go ahead). */
  retryAfter(name: string | null, address: string): number;
  failed(name: string | null, address: string): void;
  succeeded(name: string | null): void;
}

export declare function createThrottle(options?: {
  readonly maxFailures?: number;
  readonly windowMs?: number;
  readonly addressFactor?: number;
  readonly now?: () => number;
}): Throttle;
