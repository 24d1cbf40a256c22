import { Alert, Anchor, Button, Card, Group, List, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { templateOf } from '../../../shared/domain/notes';
import {
  MODALITY_LABELS,
  SESSION_KIND_LABELS,
  SESSION_STATUS_LABELS,
  durationMinutes,
  localParts,
  sessionKindHeading,
  titleSuffix,
} from '../../../shared/domain/sessions';
import type { Session } from '../../../shared/domain/records';
import { useAuditView } from '../../audit';
import { formatInstantDate } from '../../components/format-date';
import { KeptVisitNote } from '../medications';
import { AttendanceTable } from './components/AttendanceTable';
import { FamilyFeedbackAttach } from './components/FamilyFeedbackAttach';
import { GroupSessionRun } from './components/GroupSessionRun';
import { nameIn, useSessionDetail, type SessionDetail } from './useSessions';
import { useSessionActions } from './useSessionActions';

function Facts({ session, detail }: { session: Session; detail: SessionDetail }) {
  const names = nameIn(detail.dir);
  const who = session.kind === 'group' ? names.group(session.groupId) : names.client(session.clientId);
  return (
    <Card withBorder component="section" aria-label="Session details">
      <List spacing={2}>
        <List.Item>
          {SESSION_KIND_LABELS[session.kind]} session with {who}
        </List.Item>
        <List.Item>
          {formatInstantDate(session.startsAt)} at {localParts(session.startsAt).time}, {durationMinutes(session)} minutes, {MODALITY_LABELS[session.modality]}
        </List.Item>
        <List.Item>Clinicians: {session.clinicianIds.map(names.staff).join(', ')}</List.Item>
        <List.Item>Status: {SESSION_STATUS_LABELS[session.status]}</List.Item>
        {session.kind === 'family' && (
          <List.Item>Family attendees: {session.familyAttendees.map((a) => `${a.name} (${a.relation})`).join(', ') || 'none recorded'}</List.Item>
        )}
      </List>
    </Card>
  );
}

/** A note without a title by its kind: a medication visit's note says so; the others stay "Session note". */
const noteName = (templateId: string): string => (templateId === 'medication-visit' ? `${templateOf(templateId).label} note` : 'Session note');

function ClientSession({ session, detail }: { session: Session; detail: SessionDetail }) {
  const actions = useSessionActions();
  const names = nameIn(detail.dir);
  const members = [{ clientId: session.clientId, name: names.client(session.clientId) }];
  const notes = detail.notes.filter((n) => n.kind === 'note' && n.clientId === session.clientId && n.status !== 'discarded');
  return (
    <Stack>
      <Title order={2} size="h3">
        Attendance
      </Title>
      <AttendanceTable
        caption="Attendance and engagement"
        members={members}
        records={detail.attendance}
        sessionId={session.id}
        sessionAt={session.startsAt}
        readOnly={false}
        onSave={actions.markAttendance}
      />
      <Title order={2} size="h3">
        Notes
      </Title>
      {session.kind === 'medication' && <KeptVisitNote session={session} />}
      {notes.length === 0 && <Text>No note for this session yet.</Text>}
      {notes.map((n) => (
        <Anchor key={n.id} component={Link} to={`/notes/${n.id}`}>
          {n.title || noteName(n.templateId)} ({n.status === 'signed' ? 'signed' : 'draft'})
        </Anchor>
      ))}
      <Group>
        <Button component={Link} to={`/notes/new?clientId=${session.clientId}&sessionId=${session.id}&template=soap`}>
          Write session note
        </Button>
      </Group>
      {session.kind === 'family' && <FamilyFeedbackAttach session={session} />}
    </Stack>
  );
}

/** /sessions/:sessionId — a session's details, its attendance and notes; a group session is run here. */
export function SessionPage() {
  const { sessionId = '' } = useParams();
  const { data, error } = useSessionDetail(sessionId);
  useAuditView('session', sessionId, Boolean(data?.session), 'Opened the session');
  if (error)
    return (
      <Alert color="red" role="alert" title="The session could not be read">
        {error.message}
      </Alert>
    );
  if (!data) return <Loader aria-label="Loading session" />;
  const { session, group } = data;
  if (!session)
    return (
      <Text role="alert">
        No session has this id. <Link to="/sessions">Go to the schedule</Link>.
      </Text>
    );
  const names = nameIn(data.dir);
  const heading = session.kind === 'group' ? names.group(session.groupId) : names.client(session.clientId);
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>
          {sessionKindHeading(session.kind)}: {heading}
          {titleSuffix(session, ' — ')}
        </Title>
        <Button variant="default" component={Link} to={`/sessions/${session.id}/edit`}>
          Edit session
        </Button>
      </Group>
      <Facts session={session} detail={data} />
      {session.kind === 'group' && group && <GroupSessionRun detail={{ ...data, session, group }} />}
      {session.kind === 'group' && !group && <Text role="alert">The group of this session is not on this laptop yet.</Text>}
      {session.kind !== 'group' && <ClientSession session={session} detail={data} />}
    </Stack>
  );
}
