import { Alert, Badge, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { explainDataWarnings, explainRecommendation, type RecommendationResult, type ReviewSnapshot } from '../../../../shared/progress';
import { DECISION_LABELS } from '../../../../shared/progress/reviews/review-types';

interface Props {
  readonly snapshot: ReviewSnapshot;
  readonly result: RecommendationResult;
}

/**
 * The recommendation (progress.md §5.3 "Display"): one plain sentence per fired rule, "why this rule" and its source,
 * the other matched rules and the data warnings. Decision support only: nothing changes until a clinician decides.
 */
export function RecommendationPanel({ snapshot, result }: Props) {
  const [first, ...others] = explainRecommendation(snapshot, result);
  const warnings = explainDataWarnings(result);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="recommendation-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4" id="recommendation-heading">
            Recommendation: {DECISION_LABELS[result.recommendation].toLowerCase()}
          </Title>
          <Badge variant="outline" color="gray" tt="none">
            Rule set {result.ruleSetVersion}
          </Badge>
        </Group>
        {first && (
          <Stack gap={4}>
            <Text fw={600}>{first.sentence}</Text>
            <Text size="sm">
              <Text span fw={600}>
                Why this rule:{' '}
              </Text>
              {first.why}
            </Text>
            <Text size="sm" c="dimmed">
              <Text span fw={600}>
                Source:{' '}
              </Text>
              {first.source}
            </Text>
          </Stack>
        )}
        {others.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h5">
              Other signals
            </Title>
            <List spacing={4}>
              {others.map((o) => (
                <List.Item key={o.rule}>
                  <Text size="sm">{o.sentence}</Text>
                  <Text size="sm" c="dimmed">
                    Why this rule: {o.why} Source: {o.source}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
        {warnings.length > 0 && (
          <Alert color="yellow" title="Data warnings">
            <List spacing={4}>
              {warnings.map((w) => (
                <List.Item key={w.warning}>{w.sentence}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Text size="xs" c="dimmed">
          Decision support only: the review never changes the level of care by itself.
        </Text>
      </Stack>
    </Paper>
  );
}
