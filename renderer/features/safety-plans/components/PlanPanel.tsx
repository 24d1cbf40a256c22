import { Button, Card, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { activeVersion, planTitle, type SafetyPlanKind } from '../../../../shared/progress/safety-plans';
import { notify } from '../../../components/notify';
import { ClientCopyButton } from '../../reports';
import { useSafetyPlans } from '../useSafetyPlans';
import { useSafetyPlanActions } from '../useSafetyPlanActions';
import { ClientAcknowledgement } from './ClientAcknowledgement';
import { EarlierVersions } from './EarlierVersions';
import { PlanEditor } from './PlanEditor';
import { PlanView } from './PlanView';
import { errorMessage } from '../../../../shared/error-message';
import { FormProblem } from '../../../components/FormProblem';

interface Props {
  readonly clientId: string;
  readonly kind: SafetyPlanKind;
  /** The client's name, as their acknowledgement records it. */
  readonly clientName: string;
  readonly canEdit: boolean;
}

/** One plan of the client: the version in force, its draft revision if any, earlier versions, and what can be done. */
export function PlanPanel({ clientId, kind, clientName, canEdit }: Props) {
  const history = useSafetyPlans(clientId, kind);
  const actions = useSafetyPlanActions(clientId);
  const [reviewing, setReviewing] = useState(false);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const title = planTitle(kind);
  const headingId = `${kind}-heading`;
  const run = (work: () => Promise<unknown>) => {
    setProblem(null);
    work().catch((e: unknown) => {
      setProblem(errorMessage(e));
    });
  };
  if (!history) return <Loader aria-label={`Loading the ${title.toLowerCase()}`} />;

  const draft = history.versions.find((v) => v.status === 'draft');
  const active = activeVersion(history.versions);
  const earlier = history.versions.filter((v) => v.status === 'superseded').reverse();
  const recordReview = async () => {
    if (!active) return;
    await actions.markReviewed(active.versionId, note);
    setReviewing(false);
    notify(`${title} marked as reviewed with no change.`);
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Stack>
        <Title order={2} size="h3" id={headingId}>
          {title}
        </Title>
        {!draft && !active && <Text>{`No ${title.toLowerCase()} has been written for this client.`}</Text>}
        {!draft && !active && canEdit && (
          <Group>
            <Button
              onClick={() => {
                run(() => actions.start(kind));
              }}
            >{`Write the ${title.toLowerCase()}`}</Button>
          </Group>
        )}
        {draft && canEdit && <PlanEditor key={draft.versionId} draft={draft} actions={actions} />}
        {active && (
          <Stack gap="xs">
            <Title order={3} size="h4">
              {draft ? `In force until the draft is signed: version ${String(active.version)}` : `In force: version ${String(active.version)}`}
            </Title>
            <PlanView version={active} order={4} />
            <ClientAcknowledgement
              version={active}
              clientName={clientName}
              canEdit={canEdit}
              onRecord={async (input) => {
                await actions.acknowledge(active.versionId, input);
              }}
            />
            <ClientCopyButton version={active} what={title.toLowerCase()} />
          </Stack>
        )}
        {active && !draft && canEdit && !reviewing && (
          <Group>
            <Button
              onClick={() => {
                run(() => actions.revise(active.versionId));
              }}
            >{`Revise the ${title.toLowerCase()}`}</Button>
            <Button
              variant="default"
              onClick={() => {
                setReviewing(true);
              }}
            >
              Reviewed, no change
            </Button>
          </Group>
        )}
        {active && reviewing && (
          <Stack gap="xs">
            <Textarea
              label="Review note (optional)"
              autosize
              minRows={2}
              value={note}
              onChange={(e) => {
                setNote(e.currentTarget.value);
              }}
            />
            <Group>
              <Button
                onClick={() => {
                  run(recordReview);
                }}
              >
                Record the review
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setReviewing(false);
                }}
              >
                Cancel
              </Button>
            </Group>
          </Stack>
        )}
        <FormProblem problem={problem} />
        <EarlierVersions versions={earlier} />
      </Stack>
    </Card>
  );
}
