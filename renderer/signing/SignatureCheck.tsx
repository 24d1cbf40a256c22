import { Alert, Badge, Group, Text } from '@mantine/core';
import { warningWhy, type SignatureVerdict } from '../../shared/signing/verdict';
import type { RevocationNote } from '../../shared/signing/revocations';
import { formatInstantDate } from '../components/format-date';
import { useSignerNames } from './useSignerNames';

interface Props {
  readonly verdict: SignatureVerdict | undefined;
  /** The name of the person the record says signed it. */
  readonly signerName: string;
}

/** "revoked on 4 Dec 2026 by Dana Admin": the admin named from the staff records by the revocation's issuer id. */
function useRevokedText(): (revoked: RevocationNote) => string {
  const nameOf = useSignerNames();
  return (revoked) => `revoked on ${formatInstantDate(revoked.at)} by ${nameOf(revoked.byId)}`;
}

/** What a reader is told about one signature: verified, signed before keys existed, or a loud warning. */
export function SignatureCheck({ verdict, signerName }: Props) {
  const revokedText = useRevokedText();
  if (!verdict)
    return (
      <Text size="sm" c="gray.7">
        Checking the signature…
      </Text>
    );
  if (verdict.state === 'verified')
    return (
      <Group gap="xs">
        <Badge color="teal.9" tt="none">
          Signature of {signerName} verified
        </Badge>
        {verdict.revoked && (
          <Text size="sm" c="gray.7">
            Key {revokedText(verdict.revoked)}; signed before that.
          </Text>
        )}
      </Group>
    );
  if (verdict.state === 'before-keys')
    return (
      <Text size="sm" c="gray.7">
        Signed before signature keys (not verifiable).
      </Text>
    );
  const why = warningWhy(verdict, revokedText);
  return (
    <Alert color="red" variant="filled" title="Signature not verified">
      {`Do not rely on ${signerName} having signed this: ${why}.`}
    </Alert>
  );
}
