import { useCallback, useEffect, useRef, useState } from 'react';

/** A countdown in milliseconds: `start(ms)` begins it; the value ticks down to 0 and stays there. */
export function useCountdown(): readonly [remainingMs: number, start: (ms: number) => void] {
  const deadline = useRef(0);
  const [remaining, setRemaining] = useState(0);
  const start = useCallback((ms: number) => {
    deadline.current = Date.now() + ms;
    setRemaining(Math.max(0, ms));
  }, []);
  useEffect(() => {
    if (remaining <= 0) return undefined;
    const timer = setInterval(() => {
      setRemaining(Math.max(0, deadline.current - Date.now()));
    }, 250);
    return () => {
      clearInterval(timer);
    };
  }, [remaining]);
  return [remaining, start];
}
