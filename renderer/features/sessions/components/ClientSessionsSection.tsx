import { Alert, Anchor, Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { ATTENDANCE_LABELS, attendanceRate, connectionSummary, engagementSeries, formatRate } from '../../../../shared/domain/attendance';
import { MODALITY_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS, localParts, titleSuffix } from '../../../../shared/domain/sessions';
import type { Attendance, Note, Session } from '../../../../shared/domain/records';
import { formatInstantDate } from '../../../components/format-date';
import { RichTextView } from '../../../components/RichTextSection';
import { individualSectionHtml } from '../../../../shared/domain/group-member-note';
import { nameIn, useClientSessionHistory, type Directory } from '../useSessions';
import { EngagementTrend } from './EngagementTrend';

function SessionCard({ session, record, notes, dir }: { session: Session; record: Attendance | undefined; notes: readonly Note[]; dir: Directory }) {
  const names = nameIn(dir);
  const what = session.kind === 'group' ? `Group: ${names.group(session.groupId)}` : SESSION_KIND_LABELS[session.kind];
  const headingId = `session-${session.id}`;
  const member = notes.filter((n) => n.templateId === 'group-member');
  const own = notes.filter((n) => n.templateId !== 'group-member' && n.kind === 'note' && n.status !== 'discarded');
  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap={4}>
        <Group justify="space-between">
          <Title order={3} size="h5" id={headingId}>
            <Anchor component={Link} to={`/sessions/${session.id}`} inherit>
              {formatInstantDate(session.startsAt)} {localParts(session.startsAt).time} — {what}
              {titleSuffix(session, ', ')}
            </Anchor>
          </Title>
          <Badge variant="light" tt="none" color={session.status === 'cancelled' ? 'gray' : 'teal'}>
            {SESSION_STATUS_LABELS[session.status]}
          </Badge>
        </Group>
        <Text size="sm">
          {MODALITY_LABELS[session.modality]} · Attendance: {record ? ATTENDANCE_LABELS[record.status] : 'not marked'}
          {record?.engagement ? ` · Engagement ${record.engagement} of 5` : ''}
          {record ? ` · Connection problems: ${connectionSummary(record.connectionProblems)}` : ''}
        </Text>
        {member.map((n) => (
          <div key={n.id} aria-label={`Individual section, ${formatInstantDate(session.startsAt)}`} role="group">
            <Text size="sm" fw={700}>
              Individual participation
            </Text>
            <RichTextView html={individualSectionHtml(n.sections)} />
            <Link to={`/notes/${n.id}`}>Open the member note</Link>
          </div>
        ))}
        {own.map((n) => (
          <Anchor component={Link} key={n.id} to={`/notes/${n.id}`} size="sm">
            {n.title || 'Session note'} ({n.status === 'signed' ? 'signed' : 'draft'})
          </Anchor>
        ))}
      </Stack>
    </Card>
  );
}

/** The chart's Sessions tab: attendance rate, engagement trend and every session with this client's own record of it. */
export function ClientSessionsSection({ clientId }: { clientId: string }) {
  const { data, error } = useClientSessionHistory(clientId);
  if (error)
    return (
      <Alert color="red" role="alert" title="Sessions could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading sessions" />;
  const rate = attendanceRate(data.attendance);
  const points = engagementSeries(data.attendance);
  return (
    <Stack>
      <Group justify="space-between">
        <Text role="group" aria-label="Attendance rate">
          Attendance rate: {formatRate(rate)}
        </Text>
        <Button component={Link} to={`/sessions/new?clientId=${clientId}`} variant="default">
          New session
        </Button>
      </Group>
      <Card withBorder component="section" aria-labelledby="engagement-heading">
        <Title order={3} size="h4" id="engagement-heading">
          Engagement trend
        </Title>
        {points.length > 0 ? <EngagementTrend points={points} /> : <Text>No rated sessions yet.</Text>}
      </Card>
      <Title order={3} size="h4">
        Session history
      </Title>
      {data.sessions.length === 0 && <Text>No sessions yet.</Text>}
      {data.sessions.map((s) => (
        <SessionCard
          key={s.id}
          session={s}
          record={data.attendance.find((a) => a.sessionId === s.id)}
          notes={data.notes.filter((n) => n.sessionId === s.id && n.clientId === clientId)}
          dir={data.dir}
        />
      ))}
    </Stack>
  );
}
