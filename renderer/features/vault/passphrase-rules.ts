import { MIN_PASSPHRASE_LENGTH } from '../../vault/vault';

/** Mantine form rules for a new passphrase and its confirmation field. */
export const passphraseFormRules = {
  passphrase: (value: string) =>
    value.length >= MIN_PASSPHRASE_LENGTH ? null : `Use at least ${MIN_PASSPHRASE_LENGTH} characters.`,
  confirm: (value: string, values: { passphrase: string }) =>
    value === values.passphrase ? null : 'The two passphrases differ.',
};
