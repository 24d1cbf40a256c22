import { notifications } from '@mantine/notifications';

/** A short confirmation or failure toast; its close button has a name (Mantine's has none by default). */
export function notify(message: string, options: { readonly title?: string; readonly failed?: boolean } = {}): void {
  notifications.show({
    message,
    title: options.title,
    color: options.failed ? 'red' : 'teal',
    closeButtonProps: { 'aria-label': 'Close notification' },
  });
}
