import { Alert, Button, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { openVersions } from '../../../../shared/progress/plans/versioning';
import { currentPlanVersions } from '../plan-versions';
import type { ObjectiveStatusInput } from '../../../../shared/progress/plans/objective-status';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { useAuditView } from '../../../audit';
import { formatIsoDate, localToday } from '../../../components/format-date';
import type { ChartTabProps } from '../../../modules';
import { useSignedIn } from '../../../session';
import { ClientCopyButton } from '../../reports';
import { usePlanActions, type PlanActions } from '../usePlanActions';
import { useObjectiveData, useObjectiveStatuses, usePlanVersions, useStaffOptions } from '../usePlanData';
import { CompareVersions } from './CompareVersions';
import { PlanDraftPanel } from './PlanDraftPanel';
import { PlanView } from './PlanView';
import { SignaturesPanel } from './SignaturesPanel';
import { VersionHistory } from './VersionHistory';
import { errorMessage } from '../../../../shared/error-message';

const newId = () => crypto.randomUUID();

function StartPlan({ client, canEdit, actions }: ChartTabProps & { readonly actions: PlanActions }) {
  const [error, setError] = useState<string | null>(null);
  const start = () => {
    const id = newId();
    actions
      .start({ versionId: id, planId: id, clientId: client.id, episodeId: client.id, levelOfCareCode: client.levelOfCare, effectiveFrom: localToday() })
      .catch((e: unknown) => {
        setError(errorMessage(e));
      });
  };
  return (
    <Stack gap="sm" align="flex-start">
      <Text>No treatment plan yet for this client.</Text>
      {canEdit && <Button onClick={start}>Start a treatment plan</Button>}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Stack>
  );
}

/** The chart's Plan tab: the open draft (or the active version with progress), its signatures, versions and compare. */
export function PlanTab({ client, canEdit }: ChartTabProps) {
  const state = usePlanVersions(client.id);
  const data = useObjectiveData(client.id).data;
  const judgements = useObjectiveStatuses(client.id).data;
  const staff = useStaffOptions();
  const actions = usePlanActions();
  const { user } = useSignedIn();
  const [reading, setReading] = useState<string | null>(null);
  const [reviseError, setReviseError] = useState<string | null>(null);
  const asOf = localToday();
  const versions = useMemo(() => currentPlanVersions(state.data ?? []), [state.data]);
  const base = useMemo(() => ({ staff: staff.options, data, asOf, actorId: user.id, newId }), [staff.options, data, asOf, user.id]);
  useAuditView('plan', client.id, state.data !== undefined, `Opened the treatment plan of client ${client.id}`);
  if (!state.data) return <Loader aria-label="Loading the plan" />;
  const open = versions.length ? openVersions(versions, versions[0]?.planId ?? '')[0] : undefined;
  const active = versions.find((v) => v.status === 'active');
  const shown = open ?? active;
  const read = versions.find((v) => v.versionId === reading);
  const revise = () => {
    setReviseError(null);
    actions.revise(versions, { versionId: newId(), effectiveFrom: asOf }).catch((e: unknown) => {
      setReviseError(errorMessage(e));
    });
  };
  const judgeIn = (v: TreatmentPlanVersion) =>
    canEdit && v.status === 'active' ? (input: ObjectiveStatusInput) => actions.judgeObjective(v.versionId, input, asOf) : undefined;
  const view = (v: TreatmentPlanVersion, judging = false) => (
    <PlanView version={v} data={data} asOf={asOf} staffNames={staff.names} judgements={judgements} judge={judging ? judgeIn(v) : undefined} />
  );
  return (
    <Stack gap="md">
      <Title order={2}>Treatment plan</Title>
      {versions.length === 0 && <StartPlan client={client} canEdit={canEdit} actions={actions} />}
      {open && active && (
        <Alert color="orange" role="status" title={`Unsigned revision open: version ${String(open.version)}`}>
          {`Version ${String(active.version)} stays in force until version ${String(open.version)} is signed. Finish and sign the revision, or discard it.`}
        </Alert>
      )}
      {shown && (
        <Tabs defaultValue="current" keepMounted={false}>
          <Tabs.List aria-label="Plan views">
            <Tabs.Tab value="current">{open?.status === 'draft' ? 'Draft' : 'Current plan'}</Tabs.Tab>
            <Tabs.Tab value="versions">Versions ({versions.length})</Tabs.Tab>
            <Tabs.Tab value="compare">Compare versions</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="current" pt="md">
            {open?.status === 'draft' && canEdit ? <PlanDraftPanel key={open.versionId} stored={open} actions={actions} base={base} /> : view(shown, true)}
            {shown.status !== 'draft' && (
              <SignaturesPanel version={shown} clientName={`${client.firstName} ${client.lastName}`} actions={actions} canEdit={canEdit} />
            )}
            {shown.status === 'active' && <ClientCopyButton version={shown} what="treatment plan" />}
            {active && !open && canEdit && (
              <Stack gap="xs" mt="md" align="flex-start">
                <Text size="sm">Review due {formatIsoDate(active.reviewDueOn)}. A change to the plan is a new version, signed again.</Text>
                <Button variant="light" onClick={revise}>
                  Revise plan (new version)
                </Button>
                {reviseError && (
                  <Alert color="red" role="alert">
                    {reviseError}
                  </Alert>
                )}
              </Stack>
            )}
          </Tabs.Panel>
          <Tabs.Panel value="versions" pt="md">
            <VersionHistory versions={versions} onRead={setReading} />
            {read && view(read)}
          </Tabs.Panel>
          <Tabs.Panel value="compare" pt="md">
            <CompareVersions versions={versions} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  );
}
