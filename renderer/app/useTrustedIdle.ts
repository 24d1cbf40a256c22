import { useEffect, useState } from 'react';

/** What counts as the user being there (Mantine's useIdle list, plus pointer and touch presses). */
export const ACTIVITY_EVENTS = ['keydown', 'mousemove', 'mousedown', 'pointerdown', 'touchstart', 'touchmove', 'click', 'scroll', 'wheel'] as const;

/**
 * True once `timeoutMs` pass without trusted user input. Only events the browser marks `isTrusted` count: RxDB's
 * replication dispatches a synthetic `mousemove` every 20 s per replication to keep the tab awake, and counting it
 * kept a syncing laptop unlocked for good (issue 18, item 1).
 */
export function useTrustedIdle(timeoutMs: number): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    let timer = setTimeout(() => {
      setIdle(true);
    }, timeoutMs);
    const onActivity = (event: Event): void => {
      if (!event.isTrusted) return;
      setIdle(false);
      clearTimeout(timer);
      timer = setTimeout(() => {
        setIdle(true);
      }, timeoutMs);
    };
    // Capture on window: an input that stops propagation still proves someone is there.
    for (const name of ACTIVITY_EVENTS) window.addEventListener(name, onActivity, { capture: true, passive: true });
    return () => {
      clearTimeout(timer);
      for (const name of ACTIVITY_EVENTS) window.removeEventListener(name, onActivity, { capture: true });
    };
  }, [timeoutMs]);
  return idle;
}
