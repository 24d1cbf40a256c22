import { List, Stack, Text, Title } from '@mantine/core';
import { clientCopyOf, type SafetyPlanVersion } from '../../../../shared/progress/safety-plans';
import { formatInstantDate, formatIsoDate } from '../../../components/format-date';
import { PlanSignatureChecks } from '../../../signing';

interface Props {
  readonly version: SafetyPlanVersion;
  /** Heading level of the section headings (the version's own heading is one above). */
  readonly order: 3 | 4;
}

/** A signed version as the client reads it (the client copy's content), with who signed it and what changed. */
export function PlanView({ version, order }: Props) {
  const copy = clientCopyOf(version);
  const author = version.signatures.find((s) => s.role === 'author');
  return (
    <Stack gap="xs">
      <Text size="sm">
        Version {version.version}, from {formatIsoDate(version.effectiveFrom)}
        {author?.signedAt ? ` — signed by ${author.signerName} on ${formatInstantDate(author.signedAt)}` : ''}; next review by{' '}
        {formatIsoDate(version.reviewDueOn)}.
      </Text>
      <PlanSignatureChecks version={version} />
      {version.changeSummary && <Text size="sm">What changed: {version.changeSummary}</Text>}
      {copy.sections.map((s) => (
        <Stack key={s.heading} gap={2}>
          <Title order={order} size="h5">
            {s.heading}
          </Title>
          {s.lines.length === 0 ? (
            <Text size="sm" c="gray.7">
              Nothing written.
            </Text>
          ) : (
            <List size="sm">
              {s.lines.map((l, i) => (
                <List.Item key={i}>{l}</List.Item>
              ))}
            </List>
          )}
        </Stack>
      ))}
    </Stack>
  );
}
