import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { CrashCopyRefusedNotice } from '../../../drafts/CrashCopyRefusedNotice';
import { useState } from 'react';
import { planContentHash } from '../../../../shared/progress/plans/plan-hash';
import { validatePlanVersion } from '../../../../shared/progress/plans/plan-validation';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { AUTHOR_ATTESTATION } from '../plan-actions';
import type { PlanActions } from '../usePlanActions';
import { usePlanDraft } from '../usePlanDraft';
import type { EditorApi } from './editor-api';
import { DiscardRevision } from './DiscardRevision';
import { PlanEditor } from './PlanEditor';
import { PlanSaveStatus } from './PlanSaveStatus';
import { errorMessage } from '../../../../shared/error-message';

type Base = Omit<EditorApi, 'plan' | 'errors' | 'set' | 'list'>;

function focusFirstInvalid(): void {
  requestAnimationFrame(() => {
    document.querySelector<HTMLElement>('[aria-label="Plan draft"] [aria-invalid="true"]')?.focus();
  });
}

/** A draft being written: the editor, its save state, and Sign & activate (checked for signing, then confirmed). */
export function PlanDraftPanel({ stored, actions, base }: { readonly stored: TreatmentPlanVersion; readonly actions: PlanActions; readonly base: Base }) {
  const draft = usePlanDraft(stored, actions);
  const [blocked, setBlocked] = useState<number | null>(null);
  const [shownHash, setShownHash] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const saveErrors = Object.keys(validatePlanVersion(draft.plan, 'save')).length;

  const trySign = async () => {
    setFailure(null);
    const errors = draft.checkForSigning();
    const count = Object.keys(errors).length;
    setBlocked(count > 0 ? count : null);
    if (count > 0) {
      focusFirstInvalid();
      return;
    }
    if (!(await draft.flush())) {
      setFailure('The draft could not be saved, so it cannot be signed yet. Check the fields marked above.');
      return;
    }
    setShownHash(await planContentHash(draft.plan));
  };
  const sign = async (hash: string) => {
    setBusy(true);
    try {
      await actions.signAsAuthor(stored.versionId, hash);
    } catch (e) {
      setFailure(errorMessage(e));
    } finally {
      setBusy(false);
      setShownHash(null);
    }
  };

  return (
    <Stack gap="md" aria-label="Plan draft" role="region">
      <Group justify="space-between">
        <Title order={3}>Version {stored.version}: draft</Title>
        <PlanSaveStatus status={draft.status} errorCount={saveErrors} />
      </Group>
      <RestoredTypingNotice restored={draft.restored} />
      <CrashCopyRefusedNotice message={draft.recoveryRefused} />
      {draft.restoredFrom && (
        <Alert color="blue" role="status" title="Unsaved typing restored">
          {`What you typed just before the page closed (${new Date(draft.restoredFrom).toLocaleTimeString()}) was restored into this draft; it is saved as soon as every field is valid.`}
        </Alert>
      )}
      {draft.arrived === 'loaded' && (
        <Alert color="blue" role="status">
          A newer version of this draft arrived from another laptop and is shown.
        </Alert>
      )}
      {draft.arrived === 'kept' && (
        <Alert color="orange" role="status">
          A version from another laptop arrived while you were typing; your typing was kept and the other version is in Conflicts.
        </Alert>
      )}
      <PlanEditor draft={draft} ed={base} />
      {blocked !== null && (
        <Alert color="red" role="alert" title="Not signed yet">
          {`Signing needs ${String(blocked)} more thing${blocked === 1 ? '' : 's'}: each is marked at its field above.`}
        </Alert>
      )}
      {failure && (
        <Alert color="red" role="alert" title="Not signed">
          {failure}
        </Alert>
      )}
      <Group>
        <Button
          onClick={() => {
            void trySign();
          }}
        >
          Sign &amp; activate
        </Button>
        {stored.version >= 2 && <DiscardRevision version={stored} actions={actions} />}
      </Group>
      <ConfirmModal
        opened={shownHash !== null}
        title={`Sign version ${String(stored.version)} of the plan?`}
        confirmLabel="Sign & activate"
        busy={busy}
        onCancel={() => {
          setShownHash(null);
        }}
        onConfirm={() => {
          if (shownHash) void sign(shownHash);
        }}
      >
        <Stack gap="xs">
          <Text>{AUTHOR_ATTESTATION}</Text>
          <Text size="sm" c="gray.7">
            Once signed, this version cannot change: a later change is a new version.
          </Text>
        </Stack>
      </ConfirmModal>
    </Stack>
  );
}
