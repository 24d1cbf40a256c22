/** How long a copied secret (the recovery key) may stay on the clipboard. */
export const SECRET_CLIPBOARD_MS = 60_000;

type SecretClipboard = Pick<Clipboard, 'readText' | 'writeText'>;

/**
 * Copies a secret and takes it off the clipboard after `ms` (issue 18, item 7): the timer is not tied to the screen,
 * so it fires after the user moved on. Something else copied since is left alone; when the clipboard cannot be read
 * (the Electron shell denies reads) it is cleared anyway, because the secret must not stay.
 */
export async function copySecret(text: string, clipboard: SecretClipboard = navigator.clipboard, ms = SECRET_CLIPBOARD_MS): Promise<void> {
  await clipboard.writeText(text);
  setTimeout(() => {
    void clearIfStill(text, clipboard);
  }, ms);
}

async function clearIfStill(text: string, clipboard: SecretClipboard): Promise<void> {
  const current = await clipboard.readText().catch(() => text);
  if (current === text) await clipboard.writeText('').catch(() => undefined);
}
