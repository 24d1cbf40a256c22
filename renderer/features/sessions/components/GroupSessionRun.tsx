import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { CrashCopyRefusedNotice } from '../../../drafts/CrashCopyRefusedNotice';
import { useState } from 'react';
import { NOTE_TEMPLATES, htmlToText } from '../../../../shared/domain/notes';
import type { Group as ClinicGroup, Session } from '../../../../shared/domain/records';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { RichTextSection } from '../../../components/RichTextSection';
import { notify } from '../../../components/notify';
import { groupDraftOf, groupSignBlocker, memberHtml, memberKey, memberRisk, presentMembers, rosterNames, sharedSections } from '../group-note';
import { useGroupDraft } from '../useGroupDraft';
import { useSessionActions } from '../useSessionActions';
import { nameIn, type SessionDetail } from '../useSessions';
import { AttendanceTable } from './AttendanceTable';
import { MemberSectionField } from './MemberSectionField';
import { SignedGroupSession } from './SignedGroupSession';
import { errorMessage } from '../../../../shared/error-message';

const SAVE_TEXT = { saved: 'All changes saved', saving: 'Saving…', unsaved: 'Changes not saved yet', error: 'Not saved' } as const;

interface Props {
  readonly detail: SessionDetail & { readonly session: Session; readonly group: ClinicGroup };
}

function Editor({ detail }: Props) {
  const { session, group, attendance, notes, dir } = detail;
  const names = nameIn(dir);
  const actions = useSessionActions();
  const draft = useGroupDraft(session, groupDraftOf(notes));
  const [confirming, setConfirming] = useState(false);
  const [signError, setSignError] = useState('');
  const [signing, setSigning] = useState(false);
  const members = group.memberIds.map((id) => ({ clientId: id, name: names.client(id) }));
  const present = presentMembers(group, attendance);
  const withText = group.memberIds.filter(
    (id) => !present.includes(id) && (htmlToText(memberHtml(draft.sections, id)) !== '' || memberRisk(draft.sections, id) !== null),
  );
  const roster = rosterNames(group.memberIds, dir.clients);

  // Once the user has tried to sign, what still blocks it is shown and follows their edits live.
  const [attempted, setAttempted] = useState(false);
  const blocker = groupSignBlocker(group, attendance, draft.sections, names.client, roster);
  const askToSign = () => {
    setAttempted(true);
    setSignError('');
    if (!blocker) setConfirming(true);
  };
  const sign = async () => {
    setSigning(true);
    try {
      await draft.flush();
      const stored = draft.draftRef.current;
      if (!stored) throw new Error('The group note has not been saved yet; write the group summary first.');
      const result = await actions.signGroup({ session, group, attendance, draft: { ...stored, sections: [...draft.sections] }, nameOf: names.client, roster });
      notify(`Group session signed: ${result.memberNotes.length} member notes written.`);
    } catch (e) {
      setSignError(errorMessage(e));
    } finally {
      setSigning(false);
      setConfirming(false);
    }
  };

  return (
    <Stack>
      <AttendanceTable
        caption={`Attendance of the ${members.length} members of ${group.name}`}
        members={members}
        records={attendance}
        sessionId={session.id}
        sessionAt={session.startsAt}
        readOnly={false}
        onSave={actions.markAttendance}
      />
      <Card withBorder component="section" aria-labelledby="group-note-heading">
        <Stack>
          <Group justify="space-between">
            <Title order={2} size="h3" id="group-note-heading">
              Group note
            </Title>
            <Text size="sm" role="status" c={draft.status.state === 'error' ? 'red.8' : 'gray.7'}>
              {SAVE_TEXT[draft.status.state]}
              {draft.status.state === 'error' ? `: ${draft.status.reason}` : ''}
            </Text>
          </Group>
          <CrashCopyRefusedNotice message={draft.recoveryRefused} />
          {draft.restoredFrom && (
            <Alert color="blue" title="Unsaved typing restored">
              {`What you typed just before the page closed (${new Date(draft.restoredFrom).toLocaleTimeString()}) was restored into this group note and is being saved.`}
            </Alert>
          )}
          {sharedSections(draft.sections).map((s) => (
            <RichTextSection
              key={s.key}
              label={s.heading}
              description={NOTE_TEMPLATES.group.sections.find((t) => t.key === s.key)?.hint}
              value={s.html}
              onChange={(html) => {
                draft.set(s.key, html);
              }}
              onBlur={draft.blur}
            />
          ))}
        </Stack>
      </Card>
      <Card withBorder component="section" aria-labelledby="individual-heading">
        <Stack>
          <Title order={2} size="h3" id="individual-heading">
            Individual sections
          </Title>
          <Text size="sm">
            One short section per member who attended; each member’s note carries the group summary and plan above, with only their own section and risk level.
            Keep names out of the summary and plan.
          </Text>
          {present.length === 0 && <Text>Mark who attended to write their sections.</Text>}
          {[...present, ...withText].map((id) => (
            <MemberSectionField
              key={id}
              name={names.client(id)}
              html={memberHtml(draft.sections, id)}
              risk={memberRisk(draft.sections, id)}
              absentWarning={
                present.includes(id) ? undefined : 'Marked absent: clear this section and its risk level, or correct the attendance, before signing.'
              }
              onText={(html) => {
                draft.set(memberKey(id), html);
              }}
              onRisk={(risk) => {
                draft.setRisk(id, risk);
              }}
              onBlur={draft.blur}
            />
          ))}
        </Stack>
      </Card>
      {(signError || (attempted && blocker)) && (
        <Alert color="red" role="alert" title="Not signed yet">
          {signError || blocker}
        </Alert>
      )}
      <Group>
        <Button onClick={askToSign}>Sign group session</Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Sign the group session?"
        confirmLabel="Sign"
        busy={signing}
        onConfirm={() => void sign()}
        onCancel={() => {
          setConfirming(false);
        }}
      >
        Signing writes {present.length} member notes and the group note. Signed notes can no longer be changed; corrections are addenda.
      </ConfirmModal>
    </Stack>
  );
}

/** A group session: attendance for every member, the shared note and one section per present member; then signed. */
export function GroupSessionRun({ detail }: Props) {
  const stored = groupDraftOf(detail.notes);
  if (stored?.status === 'signed') return <SignedGroupSession detail={detail} groupNote={stored} />;
  return <Editor detail={detail} />;
}
