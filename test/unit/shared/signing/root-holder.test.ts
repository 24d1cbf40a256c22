import { describe, expect, it } from 'vitest';
import { holdsTrustRoot, isSigningKeyEntryOf, signingKeyEntryName } from '../../../../shared/signing/root-holder';

const ROOT = 'root-key-id';

describe('holdsTrustRoot: when a recovery-key reset of a user on this laptop would replace the clinic’s trust root', () => {
  it.each([
    // what this laptop's key store holds, the pinned root, the user, whether the reset is warned about
    { what: 'the admin’s key here is the root', entries: [{ name: 'key/laptop-1/admin', keyId: ROOT }], pinned: ROOT, user: 'admin', warn: true },
    { what: 'another user’s key is the root', entries: [{ name: 'key/laptop-1/admin', keyId: ROOT }], pinned: ROOT, user: 'tess', warn: false },
    { what: 'the user’s key is not the root', entries: [{ name: 'key/laptop-1/tess', keyId: 'tess-key' }], pinned: ROOT, user: 'tess', warn: false },
    { what: 'nothing pinned', entries: [{ name: 'key/laptop-1/admin', keyId: '' }], pinned: '', user: 'admin', warn: false },
    { what: 'no key here (a restored laptop)', entries: [], pinned: ROOT, user: 'admin', warn: false },
    { what: 'the member encryption key entry', entries: [{ name: 'enc-key/laptop-1/admin', keyId: ROOT }], pinned: ROOT, user: 'admin', warn: false },
    { what: 'the pin entry itself', entries: [{ name: 'root/clinic-1', keyId: ROOT }], pinned: ROOT, user: 'clinic-1', warn: false },
    {
      what: 'the root among two laptops’ entries',
      entries: [
        { name: 'key/laptop-0/admin', keyId: 'older' },
        { name: 'key/laptop-1/admin', keyId: ROOT },
      ],
      pinned: ROOT,
      user: 'admin',
      warn: true,
    },
  ])('$what → $warn', ({ entries, pinned, user, warn }) => {
    expect(holdsTrustRoot(pinned, entries, user)).toBe(warn);
  });

  it('reads the entry names the signing store writes', () => {
    expect(signingKeyEntryName('laptop-1', 'admin')).toBe('key/laptop-1/admin');
    expect(isSigningKeyEntryOf(signingKeyEntryName('laptop-1', 'admin'), 'admin')).toBe(true);
    expect(isSigningKeyEntryOf('key//admin', 'admin')).toBe(false);
    expect(isSigningKeyEntryOf('key/laptop-1/admin/extra', 'admin')).toBe(false);
  });
});
