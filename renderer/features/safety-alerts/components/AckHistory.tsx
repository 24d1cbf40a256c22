import { Code, List, Stack, Text, Title } from '@mantine/core';
import type { SafetyAck } from '../safety-alerts';
import { ackActionLabel, ackSubject } from '../safety-alerts';
import { SignatureCheck, useSignatureVerdicts } from '../../../signing';

interface Props {
  readonly acks: readonly SafetyAck[];
  readonly staffNames: ReadonlyMap<string, string>;
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** Every signed response to a safety alert, newest first, with its author, time and content hash. */
export function AckHistory({ acks, staffNames }: Props) {
  const verdicts = useSignatureVerdicts(acks, ackSubject);
  if (acks.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="ack-history-heading">
      <Title order={3} id="ack-history-heading">
        Safety responses
      </Title>
      <List>
        {[...acks].reverse().map((a) => (
          <List.Item key={a.id}>
            <Text>
              {ackActionLabel(a.action)} — signed by {staffNames.get(a.authorId) ?? 'an unknown staff member'} on {when.format(new Date(a.signedAt))}: {a.note}
            </Text>
            <SignatureCheck verdict={verdicts?.get(a.id)} signerName={staffNames.get(a.authorId) ?? 'an unknown staff member'} />
            <Text size="sm">
              SHA-256 <Code>{a.contentHash.slice(0, 16)}</Code>
            </Text>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
