/**
 * Plain `http://` sends the laptop's sign-in (basic auth or the session cookie) and every envelope's routing fields
 * readable to anyone on the network, so it is allowed only to this computer: a development server or a TLS proxy
 * on loopback (issue 18, item 8). Everything else must be `https://`.
 */

/** True when `hostname` (as `URL.hostname` gives it, IPv6 in brackets) names this computer's loopback interface. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (host === '[::1]') return true;
  return /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/** The message for a server address whose scheme may not be used with its host, or null when it may. */
export function insecureServerProblem(protocol: string, hostname: string): string | null {
  if (protocol === 'https:') return null;
  if (protocol === 'http:' && isLoopbackHost(hostname)) return null;
  if (protocol === 'http:') return 'Use https:// for a server on another computer: plain http:// would send the sign-in readable over the network.';
  return 'Use an address starting with https://';
}
