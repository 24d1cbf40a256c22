import { Badge, Button, Card, Code, Group, List, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { SignatureCheck } from '../../../signing/SignatureCheck';
import { useNoteSignatures } from '../../../signing/useNoteSignatures';
import { asksRiskAndInterventions, canCosign, riskLevelLabel, interventionLabel, noteState, NOTE_STATE_LABELS } from '../../../../shared/domain/notes';
import { verifyNoteHash } from '../../../../shared/domain/note-integrity';
import type { Note } from '../../../../shared/domain/records';
import type { Staff } from '../../../../shared/domain/staff';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notify } from '../../../components/notify';
import { RichTextView } from '../../../components/RichTextSection';
import { useSignedIn } from '../../../session';
import { useNoteActions } from '../useNoteActions';
import { AddendumForm } from './AddendumForm';
import { NoteSections } from './NoteSections';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly note: Note;
  /** The note's addenda and co-sign. */
  readonly records: readonly Note[];
  readonly staff: readonly Staff[];
}

const stamp = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const when = (iso: string | null) => (iso ? stamp.format(new Date(iso)) : '—');

function useHashCheck(note: Note): boolean | null {
  const [ok, setOk] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    void verifyNoteHash(note).then((v) => {
      if (live) setOk(v);
    });
    return () => {
      live = false;
    };
  }, [note]);
  return ok;
}

/** A signed note, read-only: content, signature with content hash, co-sign state, addenda and a new addendum. */
export function SignedNoteView({ note, records, staff }: Props) {
  const { user } = useSignedIn();
  const actions = useNoteActions();
  const [cosigning, setCosigning] = useState(false);
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? 'an unknown staff member';
  const cosigns = records.filter((c) => c.kind === 'cosign');
  const addenda = records.filter((c) => c.kind === 'addendum');
  const state = noteState(note, cosigns);
  const hashOk = useHashCheck(note);
  const verdicts = useNoteSignatures(note, records);
  const cosign = async () => {
    try {
      await actions.cosign(note.id);
      notify('Note co-signed.');
    } catch (error) {
      notify(`The note was not co-signed: ${errorMessage(error)}`, { failed: true });
    } finally {
      setCosigning(false);
    }
  };

  return (
    <Stack>
      <Group gap="xs">
        <Badge color={state === 'awaiting-cosign' ? 'orange.9' : 'teal.9'}>{NOTE_STATE_LABELS[state]}</Badge>
        <Text size="sm">This note is signed and locked; corrections are added as addenda.</Text>
      </Group>
      <NoteSections sections={note.sections} />
      {/* A group note never asks for them; a member's note shows a risk the leader recorded as its own section. */}
      {asksRiskAndInterventions(note.templateId) && (
        <section aria-label="Risk and interventions">
          <Text>
            <strong>Risk level:</strong> {riskLevelLabel(note.risk?.level ?? 'none')}
            {note.risk?.text ? ` — ${note.risk.text}` : ''}
          </Text>
          <Text>
            <strong>Interventions:</strong> {note.interventions?.length ? note.interventions.map(interventionLabel).join(', ') : 'none recorded'}
          </Text>
        </section>
      )}
      <Card withBorder component="section" aria-label="Signature">
        <Text>
          Signed by {nameOf(note.authorId)} on {when(note.signedAt)}.
        </Text>
        <SignatureCheck verdict={verdicts?.get(note.id)} signerName={nameOf(note.authorId)} />
        {note.contentHash ? (
          <Text size="sm">
            Content hash (SHA-256): <Code>{note.contentHash}</Code> {hashOk === false && <Badge color="red.9">does not match the content</Badge>}
          </Text>
        ) : (
          <Text size="sm" c="gray.7">
            Signed before content hashes were recorded.
          </Text>
        )}
        {cosigns.map((c) => (
          <Stack key={c.id} gap={4}>
            <Text>
              Co-signed by {nameOf(c.authorId)} on {when(c.signedAt)}.
            </Text>
            <SignatureCheck verdict={verdicts?.get(c.id)} signerName={nameOf(c.authorId)} />
          </Stack>
        ))}
        {state === 'awaiting-cosign' && <Text c="orange.9">Awaiting a supervisor’s co-sign.</Text>}
        {canCosign(note, cosigns, user) && (
          <Group mt="xs">
            <Button
              onClick={() => {
                setCosigning(true);
              }}
            >
              Co-sign
            </Button>
          </Group>
        )}
      </Card>
      <Stack component="section" aria-labelledby="addenda-heading" gap="xs">
        <Title order={2} size="h4" id="addenda-heading">
          Addenda
        </Title>
        {addenda.length === 0 && (
          <Text size="sm" c="gray.7">
            No addenda.
          </Text>
        )}
        <List listStyleType="none" spacing="sm">
          {addenda.map((a) => (
            <List.Item key={a.id}>
              <Card withBorder>
                <Text size="sm" fw={600}>
                  Addendum by {nameOf(a.authorId)}, signed {when(a.signedAt)}
                </Text>
                <SignatureCheck verdict={verdicts?.get(a.id)} signerName={nameOf(a.authorId)} />
                <RichTextView html={a.sections[0]?.html ?? ''} />
              </Card>
            </List.Item>
          ))}
        </List>
        <AddendumForm onSign={(html) => actions.addAddendum(note.id, html)} />
      </Stack>
      <ConfirmModal
        opened={cosigning}
        title="Co-sign this note?"
        confirmLabel="Co-sign"
        onCancel={() => {
          setCosigning(false);
        }}
        onConfirm={() => void cosign()}
      >
        {`You co-sign ${nameOf(note.authorId)}’s note as their supervisor. The co-signature is recorded with your name and the time.`}
      </ConfirmModal>
    </Stack>
  );
}
