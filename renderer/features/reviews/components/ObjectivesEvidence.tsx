import { List, Paper, Stack, Text, Title } from '@mantine/core';
import type { JsonObject } from '../../../../shared/domain/records';
import { evidenceObjectiveStatusText, EVIDENCE_STATUS_WORDS } from '../../../../shared/progress/plans/objective-display';
import type { ObjectiveEvidence } from '../../../../shared/progress';
import { formatIsoDate } from '../../../components/format-date';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isEvidenceStatus = (v: unknown): v is ObjectiveEvidence['status'] => typeof v === 'string' && Object.hasOwn(EVIDENCE_STATUS_WORDS, v);

function judgementOf(v: unknown): ObjectiveEvidence['judgement'] {
  if (!isRecord(v) || typeof v.status !== 'string') return undefined;
  return { status: v.status, reason: typeof v.reason === 'string' ? v.reason : '', on: typeof v.on === 'string' ? v.on : '' };
}

/** The objectives of a review's stored evidence (§5.2), skipping malformed entries. */
export function objectivesOfEvidence(evidence: JsonObject | null): ObjectiveEvidence[] {
  const list = isRecord(evidence?.objectives) ? evidence.objectives.list : undefined;
  if (!Array.isArray(list)) return [];
  return list.flatMap((o: unknown) => {
    if (!isRecord(o) || typeof o.objectiveId !== 'string' || typeof o.text !== 'string' || !isEvidenceStatus(o.status)) return [];
    const computed = isEvidenceStatus(o.computedStatus) ? { computedStatus: o.computedStatus } : {};
    const judgement = judgementOf(o.judgement);
    return [{ objectiveId: o.objectiveId, text: o.text, status: o.status, ...computed, ...(judgement ? { judgement } : {}) }];
  });
}

/** The evidence's objectives panel: each objective's status as shown (the clinician's judgement, the data's beside it). */
export function ObjectivesEvidence({ evidence }: { readonly evidence: JsonObject | null }) {
  const objectives = objectivesOfEvidence(evidence);
  if (objectives.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="evidence-objectives">
      <Stack gap="xs">
        <Title order={2} size="h4" id="evidence-objectives">
          Objectives
        </Title>
        <List spacing="xs">
          {objectives.map((o) => {
            const { shown, fromData } = evidenceObjectiveStatusText(o);
            return (
              <List.Item key={o.objectiveId}>
                <Text>{`${o.text || 'Objective'}: ${shown}`}</Text>
                {o.judgement && <Text size="sm">{`Judged on ${formatIsoDate(o.judgement.on)}: ${o.judgement.reason}`}</Text>}
                {fromData && <Text size="sm" c="gray.7">{`From the data: ${fromData}`}</Text>}
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </Paper>
  );
}
