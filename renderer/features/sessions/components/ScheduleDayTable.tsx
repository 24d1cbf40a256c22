import { Anchor, Badge, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { Session } from '../../../../shared/domain/records';
import { MODALITY_LABELS, SESSION_KIND_LABELS, SESSION_STATUS_LABELS, durationMinutes, localParts, titleSuffix } from '../../../../shared/domain/sessions';
import { nameIn, type Directory } from '../useSessions';

interface Props {
  readonly sessions: readonly Session[];
  readonly dir: Directory;
  /** The table's caption, e.g. "Your sessions on Thursday, 3 December 2026". */
  readonly caption: string;
  /** Shown instead of the table when there is no session. */
  readonly empty: string;
  /** Adds the clinicians column (whole-clinic views). */
  readonly showClinicians: boolean;
}

function who(s: Session, dir: Directory): string {
  const names = nameIn(dir);
  return s.kind === 'group' ? names.group(s.groupId) : names.client(s.clientId);
}

/** One day's sessions in start order: time, who, kind, modality, status (and clinicians when several are shown). */
export function ScheduleDayTable({ sessions, dir, caption, empty, showClinicians }: Props) {
  if (sessions.length === 0) return <Text role="status">{empty}</Text>;
  const names = nameIn(dir);
  return (
    <Table striped>
      <Table.Caption>{caption}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Time</Table.Th>
          <Table.Th>Session</Table.Th>
          {showClinicians && <Table.Th>Clinicians</Table.Th>}
          <Table.Th>Kind</Table.Th>
          <Table.Th>Modality</Table.Th>
          <Table.Th>Status</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sessions.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td>
              {localParts(s.startsAt).time} ({durationMinutes(s)} min)
            </Table.Td>
            <Table.Td>
              <Anchor component={Link} to={`/sessions/${s.id}`}>
                {who(s, dir)}
                {titleSuffix(s, ' — ')}
              </Anchor>
            </Table.Td>
            {showClinicians && <Table.Td>{s.clinicianIds.map((id) => names.staff(id)).join(', ')}</Table.Td>}
            <Table.Td>{SESSION_KIND_LABELS[s.kind]}</Table.Td>
            <Table.Td>{MODALITY_LABELS[s.modality]}</Table.Td>
            <Table.Td>
              <Badge variant="light" color={s.status === 'cancelled' ? 'gray' : 'teal'} tt="none">
                {SESSION_STATUS_LABELS[s.status]}
              </Badge>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
