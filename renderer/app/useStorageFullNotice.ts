import { useEffect } from 'react';
import { notify } from '../components/notify';
import { createStorageFullNotice } from './storage-full-notice';

/** While the app is unlocked, a full disk's uncaught refusals show one notice (storage-full-notice.ts). */
export function useStorageFullNotice(): void {
  useEffect(() => {
    const notice = createStorageFullNotice({
      show: (message) => {
        notify(message, { title: 'The disk is full', failed: true });
      },
      now: () => Date.now(),
    });
    const onRejection = (event: PromiseRejectionEvent): void => {
      if (notice(event.reason)) event.preventDefault();
    };
    window.addEventListener('unhandledrejection', onRejection);
    return () => {
      window.removeEventListener('unhandledrejection', onRejection);
    };
  }, []);
}
