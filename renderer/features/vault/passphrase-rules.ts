import { passphraseFieldError } from '../../../shared/domain/passphrase';

/** Mantine form rules for a new passphrase and its confirmation field (the shared strength check, shared/domain/passphrase). */
export const passphraseFormRules = {
  passphrase: (value: string) => passphraseFieldError(value),
  confirm: (value: string, values: { passphrase: string }) => (value === values.passphrase ? null : 'The two passphrases differ.'),
};
