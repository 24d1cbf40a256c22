import { Alert, Anchor, Badge, Button, Group, List, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { followUpSteps, outreachLine, type FollowUpStep } from '../../../../shared/progress/reviews/review-decision';
import { cosignStateOf } from '../../../../shared/progress/reviews/review-overview';
import { ratingsSummary } from '../../../../shared/progress/reviews/structured-ratings';
import { DECISION_LABELS, OVERRIDE_REASON_LABELS, type ProgressReview, type ReviewAttachment } from '../../../../shared/progress/reviews/review-types';
import { formatIsoDate } from '../../../components/format-date';
import { useSignedIn } from '../../../session';
import { SignatureCheck, useSignatureVerdicts } from '../../../signing';
import { reviewAttachmentSubject, reviewSubject } from '../../../../shared/progress/reviews/review-signatures';

interface Props {
  readonly review: ProgressReview;
  readonly attachments: readonly ReviewAttachment[];
  readonly onCosign: () => Promise<void>;
  readonly onAddendum: (text: string) => Promise<void>;
  readonly staffNames: ReadonlyMap<string, string>;
}

function stepLink(step: FollowUpStep, clientId: string): string | null {
  const id = encodeURIComponent(clientId);
  if (step.key === 'transfer_note') return `/notes/new?clientId=${id}&template=progress`;
  if (step.key === 'discharge_client') return `/clients/${id}?tab=details`;
  if (step.key === 'level_change') return `/clients/${id}?tab=level-of-care`;
  return null;
}

/** The steps a step-down, discharge or transfer decision opens (§5.4): a person takes each; the review changed nothing. */
function FollowUp({ review }: { review: ProgressReview }) {
  const steps = followUpSteps(review.decision.decision);
  if (steps.length === 0) return null;
  return (
    <Alert color="blue" title="Next steps this decision opens">
      <List spacing={4}>
        {steps.map((s) => {
          const to = stepLink(s, review.clientId);
          return (
            <List.Item key={s.key}>
              {to ? (
                <Anchor component={Link} to={to}>
                  {s.label}
                </Anchor>
              ) : (
                s.label
              )}
            </List.Item>
          );
        })}
      </List>
      <Text size="sm" mt="xs">
        The review does not change the level of care by itself.
      </Text>
    </Alert>
  );
}

function Summary({ review }: { review: ProgressReview }) {
  const d = review.decision;
  const changes = [
    d.planChanges.frequency && `frequency: ${d.planChanges.frequency}`,
    d.planChanges.newModality && `add ${d.planChanges.newModality}`,
    d.planChanges.medicationReviewRequested && 'medication review requested',
    d.planChanges.familyInvolvement && 'involve the family',
  ].filter(Boolean);
  const outreach = outreachLine(d, formatIsoDate);
  return (
    <Stack gap={4}>
      <Text fw={600}>Decision: {d.decision === '' ? '—' : DECISION_LABELS[d.decision]}</Text>
      {d.overrideReason !== '' && <Text>Differs from the recommendation: {OVERRIDE_REASON_LABELS[d.overrideReason]}</Text>}
      <Text style={{ whiteSpace: 'pre-wrap' }}>{d.rationale}</Text>
      {d.targetLevelOfCare !== '' && (
        <Text>
          Target level of care: {d.targetLevelOfCare} from {d.targetDate}
        </Text>
      )}
      {changes.length > 0 && <Text>Plan changes: {changes.join('; ')}</Text>}
      {outreach && <Text>{outreach}</Text>}
      {ratingsSummary(d.ratings).map((line) => (
        <Text key={line}>{line}</Text>
      ))}
      {d.ratings?.asam?.dimensions
        .filter((x) => x.note.trim() !== '')
        .map((x) => (
          <Text key={x.dimension} size="sm">
            Dimension {x.dimension} note: {x.note}
          </Text>
        ))}
      {d.ratings?.locus && d.ratings.locus.note.trim() !== '' && <Text size="sm">LOCUS note: {d.ratings.locus.note}</Text>}
      <Text size="sm">
        Next review due {review.nextReviewDueOn}. Signed {review.signedAt.slice(0, 10)}; SHA-256 {review.contentHash.slice(0, 12)}…
      </Text>
    </Stack>
  );
}

/** The review itself or one of its co-signs and addenda, for checking its key signature. */
interface SignedPart {
  readonly id: string;
  readonly review: ProgressReview;
  readonly attachment: ReviewAttachment | null;
}

const subjectOfPart = (p: SignedPart) => (p.attachment ? reviewAttachmentSubject(p.attachment, p.review) : reviewSubject(p.review));

/** Live verdicts on the review's signature and its co-sign's and addenda's, by record id. */
function useReviewVerdicts(review: ProgressReview, attachments: readonly ReviewAttachment[]) {
  const parts = useMemo(
    () => [
      { id: review.id, review, attachment: null },
      ...attachments.filter((a) => a.reviewId === review.id).map((a) => ({ id: a.id, review, attachment: a })),
    ],
    [review, attachments],
  );
  return useSignatureVerdicts<SignedPart>(parts, subjectOfPart);
}

/** A signed review: its decision, co-sign state, addenda and the steps it opens. It never changes; addenda add to it. */
export function SignedReview({ review, attachments, onCosign, onAddendum, staffNames }: Props) {
  const { user } = useSignedIn();
  const [text, setText] = useState('');
  const cosign = cosignStateOf(review, attachments);
  const cosigned = cosign.state === 'cosigned';
  const addenda = attachments.filter((a) => a.reviewId === review.id && a.entry === 'addendum');
  // The action's rule (review-actions cosignReview): a supervisor or an admin other than the author.
  const canCosign = cosign.state === 'awaiting' && (user.role === 'supervisor' || user.role === 'admin') && user.id !== review.authorId;
  const verdicts = useReviewVerdicts(review, attachments);
  const nameOf = (id: string) => staffNames.get(id) ?? 'an unknown staff member';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} size="h4">
            Signed decision
          </Title>
          {review.cosignRequired && (
            <Badge color={cosigned ? 'teal' : 'yellow'} variant="outline" tt="none">
              {cosigned ? 'Co-signed' : 'Awaiting co-sign'}
            </Badge>
          )}
        </Group>
        <Summary review={review} />
        <SignatureCheck verdict={verdicts?.get(review.id)} signerName={nameOf(review.authorId)} />
        {cosign.state === 'cosigned' && (
          <>
            <Text>
              Co-signed by {nameOf(cosign.signerId)} on {cosign.signedAt.slice(0, 10)}.
            </Text>
            <SignatureCheck verdict={verdicts?.get(`${review.id}.cosign`)} signerName={nameOf(cosign.signerId)} />
          </>
        )}
        {cosign.state === 'awaiting' && <Text>Awaiting a supervisor’s co-sign.</Text>}
        {canCosign && (
          <Group>
            <Button onClick={() => void onCosign()}>Co-sign review</Button>
          </Group>
        )}
        <FollowUp review={review} />
        {addenda.map((a) => (
          <Stack key={a.id} gap={2}>
            <Text size="sm">
              Addendum {a.signedAt.slice(0, 10)}: {a.text}
            </Text>
            <SignatureCheck verdict={verdicts?.get(a.id)} signerName={nameOf(a.signerId)} />
          </Stack>
        ))}
        <Textarea
          label="Addendum"
          description="A signed review never changes; an addendum is signed beside it."
          value={text}
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
          autosize
          minRows={2}
        />
        <Group>
          <Button
            variant="default"
            disabled={text.trim() === ''}
            onClick={() =>
              void onAddendum(text).then(() => {
                setText('');
              })
            }
          >
            Sign addendum
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
