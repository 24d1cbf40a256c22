import { defineConfig } from '@playwright/test';
import base from './playwright.config';

// `npm run screenshots`: the docs/ pictures, taken by test/e2e/*.shots.ts through the same browser host as the e2e tests.
export default defineConfig({ ...base, testMatch: '**/*.shots.ts' });
