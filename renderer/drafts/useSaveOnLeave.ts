import { useEffect, useRef } from 'react';

/**
 * Runs `save` when the window is closed, reloaded or hidden, and when the component unmounts (another route or chart
 * tab, signing, locking): typed text must not depend on a debounce timer that may never fire. `save` must be quick
 * and synchronous up to its first await (a page being torn down does not wait).
 */
export function useSaveOnLeave(save: () => void): void {
  const latest = useRef(save);
  useEffect(() => {
    latest.current = save;
  });
  useEffect(() => {
    const now = () => {
      latest.current();
    };
    const hidden = () => {
      if (document.visibilityState === 'hidden') now();
    };
    window.addEventListener('beforeunload', now);
    window.addEventListener('pagehide', now);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      window.removeEventListener('beforeunload', now);
      window.removeEventListener('pagehide', now);
      document.removeEventListener('visibilitychange', hidden);
      now();
    };
  }, []);
}
