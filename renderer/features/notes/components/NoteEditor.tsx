import { Alert, Button, Group, Select, Stack, TextInput, Title } from '@mantine/core';
import { CrashCopyRefusedNotice } from '../../../drafts/CrashCopyRefusedNotice';
import { useState } from 'react';
import {
  INDIVIDUAL_TEMPLATE_IDS,
  NOTE_TEMPLATES,
  RISK_REQUIRED,
  canDiscardNote,
  hasDraftContent,
  isTemplateId,
  retemplate,
  signBlocker,
  templateOf,
} from '../../../../shared/domain/notes';
import type { InstrumentResponse, Note, NoteSection } from '../../../../shared/domain/records';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notify } from '../../../components/notify';
import { RichTextSection } from '../../../components/RichTextSection';
import { useSignedIn } from '../../../session';
import { observationSectionKey } from '../note-inserts';
import { useNoteActions } from '../useNoteActions';
import { useNoteDraft } from '../useNoteDraft';
import { DiscardDraftButton } from './DiscardDraftButton';
import { InsertActions } from './InsertActions';
import { InterventionsField } from './InterventionsField';
import { RiskFields } from './RiskFields';
import { SaveStatus } from './SaveStatus';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly note: Note;
  readonly responses: readonly InstrumentResponse[];
  readonly lastNote: Note | null;
  /** Why the client's open safety alerts were raised (empty when none; undefined while reading): the risk level is then required. */
  readonly openAlerts: readonly string[] | undefined;
}

const TEMPLATE_OPTIONS = INDIVIDUAL_TEMPLATE_IDS.map((id) => ({ value: id, label: NOTE_TEMPLATES[id].label }));

function appendTo(sections: readonly NoteSection[], key: string, html: string): NoteSection[] {
  const target = sections.some((s) => s.key === key) ? key : sections[0]?.key;
  return sections.map((s) => (s.key === target ? { ...s, html: s.html + html } : s));
}

/** The draft editor: template, sections, risk, interventions, inserts; autosaved; signing behind a confirmation. */
export function NoteEditor({ note, responses, lastNote, openAlerts }: Props) {
  const { user } = useSignedIn();
  const actions = useNoteActions();
  const draft = useNoteDraft(note, actions);
  const { content, update, flush } = draft;
  const [signing, setSigning] = useState(false);
  const [blocker, setBlocker] = useState('');
  const riskRequiredBecause = openAlerts?.length ? openAlerts.join('; ') : null;
  const [busy, setBusy] = useState(false);
  const template = templateOf(content.templateId);
  const blur = () => void flush();

  const setSection = (key: string, html: string) => {
    update({ sections: content.sections.map((s) => (s.key === key ? { ...s, html } : s)) });
  };
  const askToSign = () => {
    const reason = signBlocker({ ...note, sections: content.sections, risk: content.risk }, user.id, { openSafetyAlert: riskRequiredBecause !== null });
    setBlocker(reason);
    if (!reason) setSigning(true);
  };
  const sign = async () => {
    setBusy(true);
    try {
      if (!(await flush())) return;
      await actions.sign(note.id);
      notify('Note signed. It can no longer be edited; add an addendum for corrections.');
    } catch (error) {
      setBlocker(errorMessage(error));
    } finally {
      setBusy(false);
      setSigning(false);
    }
  };

  return (
    <Stack
      component="form"
      aria-label="Note draft"
      onSubmit={(e) => {
        e.preventDefault();
      }}
    >
      <Group justify="space-between" align="flex-end">
        {isTemplateId(content.templateId) && (INDIVIDUAL_TEMPLATE_IDS as readonly string[]).includes(content.templateId) ? (
          <Select
            label="Template"
            data={TEMPLATE_OPTIONS}
            value={content.templateId}
            allowDeselect={false}
            onChange={(v) => {
              if (v && isTemplateId(v)) update({ templateId: v, sections: retemplate(content.sections, v) });
            }}
          />
        ) : (
          <Title order={2} size="h4">
            {template.label}
          </Title>
        )}
        <SaveStatus status={draft.status} />
      </Group>
      {draft.arrived && (
        <Alert color="blue" title={draft.arrived.how === 'loaded' ? 'Updated from another laptop' : 'Another version arrived while you typed'}>
          {draft.arrived.how === 'loaded'
            ? `A newer version of this draft (saved ${new Date(draft.arrived.at).toLocaleTimeString()}) was loaded; nothing here was unsaved.`
            : `A version saved elsewhere at ${new Date(draft.arrived.at).toLocaleTimeString()} arrived while you were typing. Your typing is kept in the note; the other version is kept under Conflicts to compare or merge.`}
        </Alert>
      )}
      <CrashCopyRefusedNotice message={draft.recoveryRefused} />
      {draft.restoredFrom && (
        <Alert color="blue" title="Unsaved typing restored">
          {`What you typed just before the page closed (${new Date(draft.restoredFrom).toLocaleTimeString()}) was restored into this draft and is being saved.`}
        </Alert>
      )}
      <TextInput
        label="Title (optional)"
        value={content.title}
        onChange={(e) => {
          update({ title: e.currentTarget.value });
        }}
        onBlur={blur}
      />
      <InsertActions
        content={content}
        responses={responses}
        lastNote={lastNote}
        onInsert={(html) => {
          update({ sections: appendTo(content.sections, observationSectionKey(content.templateId), html) });
        }}
        onStartFrom={(last) => {
          update({ templateId: last.templateId, sections: last.sections });
        }}
      />
      {content.sections.map((s) => (
        <RichTextSection
          key={s.key}
          label={s.heading}
          description={template.sections.find((t) => t.key === s.key)?.hint}
          value={s.html}
          onChange={(html) => {
            setSection(s.key, html);
          }}
          onBlur={blur}
        />
      ))}
      <RiskFields
        value={content.risk}
        onChange={(risk) => {
          update({ risk });
          if (blocker === RISK_REQUIRED) setBlocker('');
        }}
        onBlur={blur}
        requiredBecause={riskRequiredBecause}
        error={blocker === RISK_REQUIRED ? 'Choose a risk level: this client has an open safety alert.' : null}
      />
      <InterventionsField
        value={content.interventions}
        onChange={(interventions) => {
          update({ interventions });
        }}
      />
      {blocker && (
        <Alert color="red" role="alert" title="The note was not signed">
          {blocker}
        </Alert>
      )}
      <Group justify="space-between">
        {canDiscardNote(note, user.id) ? (
          <DiscardDraftButton noteId={note.id} clientId={note.clientId} hasContent={hasDraftContent(content)} saveFirst={flush} />
        ) : (
          <span />
        )}
        <Button onClick={askToSign}>Sign note</Button>
      </Group>
      <ConfirmModal
        opened={signing}
        title="Sign this note?"
        confirmLabel="Sign note"
        busy={busy}
        onCancel={() => {
          setSigning(false);
        }}
        onConfirm={() => void sign()}
      >
        After signing, the note is locked: it can no longer be edited, and corrections are added as signed addenda.
      </ConfirmModal>
    </Stack>
  );
}
