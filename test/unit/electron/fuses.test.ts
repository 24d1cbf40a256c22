import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/** The `electronFuses:` block of electron-builder.yml as key → value (flat `  key: value` lines, comments skipped). */
function fuses(): Record<string, string> {
  const lines = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8').split('\n');
  const start = lines.indexOf('electronFuses:');
  const block: Record<string, string> = {};
  for (const line of lines.slice(start + 1)) {
    if (line.trim().startsWith('#')) continue;
    const match = /^ {2}(\w+):\s*(\S+)/.exec(line);
    if (!match?.[1] || !match[2]) break;
    block[match[1]] = match[2];
  }
  return block;
}

describe('Electron fuses flipped at package time', () => {
  it.each([
    ['runAsNode', 'false'],
    ['enableNodeOptionsEnvironmentVariable', 'false'],
    ['enableNodeCliInspectArguments', 'false'],
    ['enableEmbeddedAsarIntegrityValidation', 'true'],
    ['onlyLoadAppFromAsar', 'true'],
    ['enableCookieEncryption', 'true'],
    // Issue 18, item 8: the app loads from app://, so file:// pages get no powers beyond a browser's.
    ['grantFileProtocolExtraPrivileges', 'false'],
  ])('%s: %s', (fuse, value) => {
    expect(fuses()[fuse]).toBe(value);
  });
});
