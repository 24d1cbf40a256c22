import { Group, Progress, Stack, Text } from '@mantine/core';
import { PASSPHRASE_MIN_LENGTH, passphraseStrength } from '../../shared/domain/passphrase';

const COLORS = ['red', 'red', 'orange', 'yellow', 'teal'] as const;

/** A meter under a new-passphrase field: estimated strength and the length rule. */
export function PassphraseStrength({ value }: { value: string }) {
  const strength = passphraseStrength(value);
  const percent = value === '' ? 0 : Math.max(10, strength.score * 25);
  return (
    <Stack gap={4}>
      <Progress value={percent} color={COLORS[strength.score]} size="sm" aria-label={`Passphrase strength: ${strength.label}`} transitionDuration={150} />
      <Group justify="space-between" gap="xs">
        <Text size="sm" aria-live="polite">
          Strength: {value === '' ? 'none yet' : strength.label}
        </Text>
        <Text size="sm" c={strength.meetsMinimum ? 'teal.9' : 'gray.7'}>
          {strength.meetsMinimum ? '✓ ' : ''}At least {PASSPHRASE_MIN_LENGTH} characters
        </Text>
      </Group>
    </Stack>
  );
}
