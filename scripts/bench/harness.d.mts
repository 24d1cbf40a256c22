// Types of harness.mjs (plain JavaScript run by Node) that TypeScript tests import.
import type { BrowserContext } from 'playwright-core';

/** Headless Chromium with a persistent profile in `workDir` (IndexedDB on disk, as in the app's Electron session). */
export declare function launchChromium(workDir: string): Promise<{ readonly context: BrowserContext; readonly browserVersion: () => string }>;
