import { Anchor, Card, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatInstantDate } from '../../../components/format-date';
import { RichTextView } from '../../../components/RichTextSection';
import { individualSectionHtml } from '../../../../shared/domain/group-member-note';
import type { Group as ClinicGroup, Note, Session } from '../../../../shared/domain/records';
import { nameIn, type SessionDetail } from '../useSessions';
import { AttendanceTable } from './AttendanceTable';

interface Props {
  readonly detail: SessionDetail & { readonly session: Session; readonly group: ClinicGroup };
  readonly groupNote: Note;
}

/** A signed group session, read-only: attendance, the group note and each member's signed section. */
export function SignedGroupSession({ detail, groupNote }: Props) {
  const { session, group, attendance, notes, dir } = detail;
  const names = nameIn(dir);
  const members = group.memberIds.map((id) => ({ clientId: id, name: names.client(id) }));
  const memberNotes = notes.filter((n) => n.templateId === 'group-member' && n.kind === 'note');
  return (
    <Stack>
      <Text>
        Signed by {names.staff(groupNote.authorId)} on {formatInstantDate(groupNote.signedAt ?? groupNote.updatedAt)}. Corrections are addenda in each note.
      </Text>
      <AttendanceTable
        caption={`Attendance of the members of ${group.name}`}
        members={members}
        records={attendance}
        sessionId={session.id}
        sessionAt={session.startsAt}
        readOnly
        onSave={() => Promise.resolve()}
      />
      <Card withBorder component="section" aria-labelledby="signed-group-note">
        <Title order={2} size="h3" id="signed-group-note">
          Group note
        </Title>
        <Anchor component={Link} to={`/notes/${groupNote.id}`}>
          Open the signed group note (signature, addenda)
        </Anchor>
        {groupNote.sections.map((s) => (
          <div key={s.key}>
            <Title order={3} size="h5" mt="sm">
              {s.heading}
            </Title>
            <RichTextView html={s.html} />
          </div>
        ))}
      </Card>
      <Card withBorder component="section" aria-labelledby="signed-members">
        <Title order={2} size="h3" id="signed-members">
          Individual sections
        </Title>
        {memberNotes.map((n) => (
          <div key={n.id}>
            <Title order={3} size="h5" mt="sm">
              {names.client(n.clientId)}
            </Title>
            <RichTextView html={individualSectionHtml(n.sections)} />
          </div>
        ))}
      </Card>
    </Stack>
  );
}
