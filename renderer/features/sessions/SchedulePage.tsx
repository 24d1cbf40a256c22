import { Anchor, Badge, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { isIsoDate } from '../../../shared/domain/dates';
import { MODALITY_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS, durationMinutes, localParts, sessionsOf, shiftDay, titleSuffix } from '../../../shared/domain/sessions';
import type { Session } from '../../../shared/domain/records';
import { useSignedIn } from '../../session';
import { formatIsoDate, localToday } from '../../components/format-date';
import { nameIn, useDaySessions, type Directory } from './useSessions';
import { TableHeader } from '../../components/TableHeader';

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

function who(s: Session, dir: Directory): string {
  const names = nameIn(dir);
  return s.kind === 'group' ? names.group(s.groupId) : names.client(s.clientId);
}

function DayTable({ sessions, dir, day }: { sessions: readonly Session[]; dir: Directory; day: string }) {
  if (sessions.length === 0) return <Text role="status">No sessions on {formatIsoDate(day, longDate)}. Choose “New session” to schedule one.</Text>;
  return (
    <Table striped>
      <Table.Caption>Your sessions on {formatIsoDate(day, longDate)}</Table.Caption>
      <TableHeader columns={['Time', 'Session', 'Kind', 'Modality', 'Status']} />
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>{localParts(s.startsAt).time} ({durationMinutes(s)} min)</Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/sessions/${s.id}`}>{who(s, dir)}{titleSuffix(s, ' — ')}</Anchor>
            </Table.Td>
            <Table.Td>{SESSION_KIND_LABELS[s.kind]}</Table.Td>
            <Table.Td>{MODALITY_LABELS[s.modality]}</Table.Td>
            <Table.Td><Badge variant="light" color={s.status === 'cancelled' ? 'gray' : 'teal'} tt="none">{SESSION_STATUS_LABELS[s.status]}</Badge></Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** /sessions?day=YYYY-MM-DD: the signed-in clinician's sessions of one day, with previous/next day and today. */
export function SchedulePage() {
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [today] = useState(localToday);
  const asked = params.get('day') ?? '';
  const day = isIsoDate(asked) ? asked : today;
  const go = (next: string) => { setParams({ day: next }, { replace: true }); };
  const { data, error } = useDaySessions(day);
  const mine = data ? sessionsOf(data.sessions, user.id) : [];

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Schedule</Title>
        <Button onClick={() => void navigate(`/sessions/new?date=${day}`)}>New session</Button>
      </Group>
      <Group align="flex-end" role="group" aria-label="Choose the day">
        <Button variant="default" onClick={() => { go(shiftDay(day, -1)); }}>Previous day</Button>
        <Button variant="default" onClick={() => { go(today); }} disabled={day === today}>Today</Button>
        <Button variant="default" onClick={() => { go(shiftDay(day, 1)); }}>Next day</Button>
        <TextInput label="Day" type="date" value={day} onChange={(e) => { if (isIsoDate(e.currentTarget.value)) go(e.currentTarget.value); }} />
      </Group>
      <Title order={2} size="h3">{formatIsoDate(day, longDate)}</Title>
      {error && <Text role="alert">Sessions could not be read: {error.message}</Text>}
      {!data && !error && <Loader aria-label="Loading sessions" />}
      {data && <DayTable sessions={mine} dir={data.dir} day={day} />}
    </Stack>
  );
}
