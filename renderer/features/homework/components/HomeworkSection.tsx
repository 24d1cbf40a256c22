import { Alert, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { assignmentCompletion, dueOf } from '../../../../shared/progress/plans/homework-form';
import { homeworkCompletion } from '../../../../shared/progress/plans/homework-completion';
import type { HomeworkAssignment, HomeworkCompletion } from '../../../../shared/progress/plans/types';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { CATEGORY_LABELS, STATUS_LABELS } from '../homework-labels';
import { useClientHomework } from '../useHomework';
import { homeworkWeeks } from '../../../../shared/progress/plans/homework-weeks';
import { CloseHomeworkButtons } from './CloseHomeworkButtons';
import { HomeworkWeeksTable } from './HomeworkWeeksTable';
import { HomeworkReviewBlock } from './HomeworkReviewBlock';
import { TableHeader } from '../../../components/TableHeader';

const WINDOW_DAYS = 28;

function CompletionCell({ a, completions, today }: { a: HomeworkAssignment; completions: readonly HomeworkCompletion[]; today: string }) {
  const c = assignmentCompletion(a, completions, today);
  if (c.pct === null) return <Text size="sm">Not due yet</Text>;
  return (
    <Stack gap={2}>
      <Text size="sm">{`${String(c.pct)} % (${String(c.done)} of ${String(c.expected)})`}</Text>
      <Progress value={c.pct} aria-label={`${a.title} completion`} size="sm" />
    </Stack>
  );
}

function HomeworkTable({
  assignments,
  completions,
  today,
  canEdit,
}: {
  assignments: readonly HomeworkAssignment[];
  completions: readonly HomeworkCompletion[];
  today: string;
  canEdit: boolean;
}) {
  const isOpen = (a: HomeworkAssignment) => a.status === 'assigned' || a.status === 'in_progress';
  return (
    <Table aria-label="Homework assignments" striped>
      <TableHeader columns={['Homework', 'Category · skill', 'Assigned', 'Due', 'Status', 'Completion', ...(canEdit ? ['Actions'] : [])]} />
      <Table.Tbody>
        {[...assignments].reverse().map((a) => (
          <Table.Tr key={a.homeworkId}>
            <Table.Td>{a.title}</Table.Td>
            <Table.Td>{a.skill ? `${CATEGORY_LABELS[a.category]} · ${a.skill}` : CATEGORY_LABELS[a.category]}</Table.Td>
            <Table.Td>{formatIsoDate(a.assignedOn)}</Table.Td>
            <Table.Td>{formatIsoDate(dueOf(a))}</Table.Td>
            <Table.Td>{STATUS_LABELS[a.status]}</Table.Td>
            <Table.Td>
              <CompletionCell a={a} completions={completions} today={today} />
            </Table.Td>
            {canEdit && <Table.Td>{isOpen(a) && <CloseHomeworkButtons assignment={a} />}</Table.Td>}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The Homework chart tab: completion % over the last four weeks, every assignment, and the review of open ones. */
export function HomeworkSection({ clientId, canEdit }: { clientId: string; canEdit: boolean }) {
  const { data, error } = useClientHomework(clientId);
  const [today] = useState(localToday);
  if (error)
    return (
      <Alert color="red" role="alert" title="Homework could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading homework" />;
  const summary = homeworkCompletion(data.assignments, data.completions, today, WINDOW_DAYS);
  return (
    <Stack>
      <Title order={2} size="h3">
        Homework
      </Title>
      <Text role="status" aria-label="Homework completion">
        {summary.pct === null
          ? 'Homework completion, last 4 weeks: nothing was due yet.'
          : `Homework completion, last 4 weeks: ${String(summary.pct)} % (${String(summary.done)} of ${String(summary.expected)} expected).`}
      </Text>
      <HomeworkReviewBlock clientId={clientId} sessionId={null} canEdit={canEdit} />
      {data.assignments.length === 0 ? (
        <Text>No homework has been assigned to this client.</Text>
      ) : (
        <HomeworkTable assignments={data.assignments} completions={data.completions} today={today} canEdit={canEdit} />
      )}
      <HomeworkWeeksTable weeks={homeworkWeeks(data.assignments, data.completions, today, 8)} />
    </Stack>
  );
}
