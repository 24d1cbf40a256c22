import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { dueOf, openHomework } from '../../../../shared/progress/plans/homework-form';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { CATEGORY_LABELS } from '../homework-labels';
import { useClientHomework } from '../useHomework';
import { useHomeworkActions } from '../useHomeworkActions';
import { AssignHomeworkModal } from './AssignHomeworkModal';
import { HomeworkReviewForm } from './HomeworkReviewForm';

interface Props {
  readonly clientId: string;
  /** The session the review belongs to (a note's session), or null from the chart. */
  readonly sessionId: string | null;
  readonly canEdit: boolean;
}

/** Homework review (note templates and chart): the client's open assignments, each reviewed in place; new homework. */
export function HomeworkReviewBlock({ clientId, sessionId, canEdit }: Props) {
  const { data } = useClientHomework(clientId);
  const actions = useHomeworkActions(clientId);
  const [today] = useState(localToday);
  const [assigning, setAssigning] = useState(false);
  const open = openHomework(data?.assignments ?? []);
  return (
    <Card withBorder component="section" aria-labelledby="homework-review-heading">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="homework-review-heading">
            Homework review
          </Title>
          {canEdit && (
            <Button
              variant="light"
              onClick={() => {
                setAssigning(true);
              }}
            >
              Assign homework
            </Button>
          )}
        </Group>
        {data && open.length === 0 && <Text size="sm">No open homework to review.</Text>}
        {open.map((a) => (
          <Card key={a.homeworkId} withBorder padding="sm">
            <Stack gap={6}>
              <Group gap="xs">
                <Text fw={600}>{a.title}</Text>
                <Badge variant="outline" color="gray.8" tt="none">
                  {CATEGORY_LABELS[a.category]}
                </Badge>
                {a.skill && <Badge variant="outline" color="teal.9" tt="none">{`Skill: ${a.skill}`}</Badge>}
                <Text size="sm" c={dueOf(a) <= today ? '#9c3706' : 'gray.7'}>{`${dueOf(a) <= today ? 'Due' : 'Due by'} ${formatIsoDate(dueOf(a))}`}</Text>
              </Group>
              {canEdit && (
                <HomeworkReviewForm
                  assignment={a}
                  completions={data?.completions ?? []}
                  sessionId={sessionId}
                  today={today}
                  onSave={async (r) => {
                    await actions.review(r);
                    notify(`Review of “${a.title}” saved.`);
                  }}
                />
              )}
            </Stack>
          </Card>
        ))}
      </Stack>
      {assigning && (
        <AssignHomeworkModal
          clientId={clientId}
          sessionId={sessionId}
          today={today}
          onClose={() => {
            setAssigning(false);
          }}
          onSave={async (a) => {
            await actions.assign(a);
            notify(`Homework “${a.title}” assigned.`);
          }}
        />
      )}
    </Card>
  );
}
