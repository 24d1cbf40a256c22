import { useEffect, useState } from 'react';

/** Milliseconds left until `until` (epoch ms), ticking each second; 0 once passed. */
export function useCountdown(until: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (until <= Date.now()) return undefined;
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 250);
    return () => {
      clearInterval(timer);
    };
  }, [until]);
  return Math.max(0, until - now);
}
