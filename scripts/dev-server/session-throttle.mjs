// Password-guess throttle, as a reverse proxy in front of CouchDB would do: after `maxFailures` wrong passwords for
// one name within `windowMs` (or `maxFailures * addressFactor` from one address), further sign-ins for that name (or
// from that address) are answered 429 with Retry-After until the oldest failure leaves the window. Right passwords
// never count, so a laptop signing in often is never slowed; a right password clears the name's failures.

/**
 * @param {{ maxFailures?: number, windowMs?: number, addressFactor?: number, now?: () => number }} [options]
 */
export function createThrottle({ maxFailures = 10, windowMs = 60_000, addressFactor = 5, now = Date.now } = {}) {
  const byName = new Map();
  const byAddress = new Map();
  const recent = (map, key) => {
    const cutoff = now() - windowMs;
    const times = (map.get(key) ?? []).filter((t) => t > cutoff);
    if (times.length === 0) map.delete(key);
    else map.set(key, times);
    return times;
  };
  const waitSeconds = (times, limit) => (times.length < limit ? 0 : Math.max(1, Math.ceil((times[times.length - limit] + windowMs - now()) / 1000)));
  return {
    /** Seconds to wait before this name / address may try again (0: go ahead). */
    retryAfter(name, address) {
      const forName = name === null ? 0 : waitSeconds(recent(byName, name), maxFailures);
      return Math.max(forName, waitSeconds(recent(byAddress, address), maxFailures * addressFactor));
    },
    failed(name, address) {
      if (name !== null) byName.set(name, [...recent(byName, name), now()]);
      byAddress.set(address, [...recent(byAddress, address), now()]);
    },
    succeeded(name) {
      if (name !== null) byName.delete(name);
    },
  };
}
