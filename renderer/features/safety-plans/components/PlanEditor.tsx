import { Alert, Button, Checkbox, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import {
  REASONS_FOR_LIVING,
  planTitle,
  sectionsOf,
  validateSafetyPlanVersion,
  type PlanEntry,
  type SafetyPlanVersion,
} from '../../../../shared/progress/safety-plans';
import { notify } from '../../../components/notify';
import { PlanValidationError } from '../../../db';
import { useOpenSafetyAlerts } from '../../safety-alerts';
import type { SafetyPlanActions } from '../useSafetyPlanActions';
import { useSafetyPlanDraft } from '../useSafetyPlanDraft';
import { SaveState } from './SaveState';
import { SectionEditor } from './SectionEditor';
import { errorClause } from '../../../../shared/error-message';
import { FormProblem } from '../../../components/FormProblem';

interface Props {
  readonly draft: SafetyPlanVersion;
  readonly actions: SafetyPlanActions;
}

function signedMessage(title: string, answered: number): string {
  return answered > 0 ? `${title} signed. It is recorded as the response to the open safety alert.` : `${title} signed.`;
}

/**
 * Writes a draft version: every section, reasons for living (safety plan), what changed (a revision), the client's
 * part. Saved as typed (renderer/drafts); signing checks the whole plan and marks each field at fault.
 */
export function PlanEditor({ draft, actions }: Props) {
  const { content, status, update, flush, arrived } = useSafetyPlanDraft(draft, actions);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const openAlerts = useOpenSafetyAlerts(draft.clientId) ?? [];
  const title = planTitle(draft.kind);
  const errors = validateSafetyPlanVersion(content, attempted ? 'sign' : 'save');
  const setSection = (id: string, entries: readonly PlanEntry[]) => {
    update({ ...content, sections: { ...content.sections, [id]: entries } });
  };

  const sign = async () => {
    setAttempted(true);
    if (Object.keys(validateSafetyPlanVersion(content, 'sign')).length > 0) {
      setProblem('The plan is not ready to sign yet: see the marked fields.');
      return;
    }
    setSigning(true);
    try {
      if (!(await flush())) throw new Error('the draft could not be saved');
      const { answeredAlerts } = await actions.sign(content.versionId);
      notify(signedMessage(title, answeredAlerts));
    } catch (e) {
      setProblem(e instanceof PlanValidationError ? 'The plan is not ready to sign yet: see the marked fields.' : `Not signed: ${errorClause(e)}.`);
    } finally {
      setSigning(false);
    }
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void sign();
      }}
      noValidate
    >
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">{`Draft: version ${String(content.version)}`}</Title>
          <SaveState status={status} />
        </Group>
        {arrived === 'loaded' && (
          <Alert color="blue" role="status">
            A newer version of this draft arrived from another laptop and is shown.
          </Alert>
        )}
        {arrived === 'kept' && (
          <Alert color="orange" role="status">
            A version from another laptop arrived while you were typing; your typing was kept and the other version is in Conflicts.
          </Alert>
        )}
        {sectionsOf(draft.kind).map((def) => (
          <SectionEditor
            key={def.id}
            def={def}
            entries={content.sections[def.id] ?? []}
            errors={errors}
            onChange={(entries) => {
              setSection(def.id, entries);
            }}
          />
        ))}
        {draft.kind === 'safety_plan' && (
          <Textarea
            label={REASONS_FOR_LIVING.heading}
            withAsterisk
            autosize
            minRows={2}
            value={content.reasonsForLiving}
            error={errors.reasonsForLiving}
            onChange={(e) => {
              update({ ...content, reasonsForLiving: e.currentTarget.value });
            }}
          />
        )}
        {content.version > 1 && (
          <Textarea
            label={`What changed from version ${String(content.version - 1)}`}
            withAsterisk
            autosize
            minRows={2}
            value={content.changeSummary}
            error={errors.changeSummary}
            onChange={(e) => {
              update({ ...content, changeSummary: e.currentTarget.value });
            }}
          />
        )}
        <Checkbox
          label="The client took part in writing this plan"
          checked={content.createdWithClientPresent}
          error={errors.createdWithClientPresent}
          onChange={(e) => {
            update({ ...content, createdWithClientPresent: e.currentTarget.checked });
          }}
        />
        {draft.kind === 'safety_plan' && openAlerts.length > 0 && (
          <Text c="blue.9">Signing this plan records it as the response to the open safety alert.</Text>
        )}
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={signing}>{`Sign the ${title.toLowerCase()}`}</Button>
        </Group>
      </Stack>
    </form>
  );
}
