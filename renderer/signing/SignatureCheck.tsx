import { Alert, Badge, Text } from '@mantine/core';
import { SIGNATURE_PROBLEM_TEXT, type SignatureVerdict } from '../../shared/signing/verdict';

interface Props {
  readonly verdict: SignatureVerdict | undefined;
  /** The name of the person the record says signed it. */
  readonly signerName: string;
}

/** What a reader is told about one signature: verified, signed before keys existed, or a loud warning. */
export function SignatureCheck({ verdict, signerName }: Props) {
  if (!verdict)
    return (
      <Text size="sm" c="gray.7">
        Checking the signature…
      </Text>
    );
  if (verdict.state === 'verified')
    return (
      <Badge color="teal.9" tt="none">
        Signature of {signerName} verified
      </Badge>
    );
  if (verdict.state === 'before-keys')
    return (
      <Text size="sm" c="gray.7">
        Signed before signature keys (not verifiable).
      </Text>
    );
  return (
    <Alert color="red" variant="filled" title="Signature not verified">
      {`Do not rely on ${signerName} having signed this: ${SIGNATURE_PROBLEM_TEXT[verdict.reason]}.`}
    </Alert>
  );
}
