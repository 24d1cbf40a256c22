import { Alert, Button, Checkbox, Group, List, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { acknowledgementReminder } from '../../../../shared/progress/plans/acknowledgement-reminder';
import { awaitingClientAcknowledgement } from '../../../../shared/progress/plans/signatures';
import type { Signature, TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { formatInstantDate, formatIsoDate, localToday } from '../../../components/format-date';
import { useSignedIn } from '../../../session';
import { PlanSignatureChecks } from '../../../signing';
import { CLIENT_ATTESTATIONS, type ClientMethod } from '../plan-actions';
import type { PlanActions } from '../usePlanActions';
import { errorMessage } from '../../../../shared/error-message';

const ROLE = {
  author: 'Author',
  client: 'Client',
  guardian: 'Guardian',
  supervisor: 'Supervisor',
  certifying_physician: 'Certifying physician',
  team_member: 'Team member',
} as const;
const METHOD: Readonly<Record<Signature['method'], string>> = {
  in_app: 'signed in the app',
  verbal_telehealth_attested: 'attested verbally over video',
  paper_scanned: 'signed on paper (scanned)',
};

function signatureLine(s: Signature): string {
  if (s.declined) return `${ROLE[s.role]}: ${s.signerName} declined to sign (${formatInstantDate(s.declined.at)}): ${s.declined.reason}`;
  return `${ROLE[s.role]}: ${s.signerName}, ${METHOD[s.method]}${s.signedAt ? ` on ${formatInstantDate(s.signedAt)}` : ''}`;
}

function ClientAckForm({
  version,
  clientName,
  actions,
}: {
  readonly version: TreatmentPlanVersion;
  readonly clientName: string;
  readonly actions: PlanActions;
}) {
  const [method, setMethod] = useState<ClientMethod>('verbal_telehealth_attested');
  const [name, setName] = useState(clientName);
  const [declined, setDeclined] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const record = async () => {
    const missing = !name.trim()
      ? 'Enter the client’s name as they sign.'
      : declined && !reason.trim()
        ? 'Record the reason the client gave for declining.'
        : null;
    if (missing) {
      setError(missing);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await actions.acknowledge(version.versionId, {
        method,
        signerName: name.trim(),
        declinedReason: declined ? reason.trim() : null,
        shownContentHash: version.contentHash,
      });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const isMethod = (v: string): v is ClientMethod => v in CLIENT_ATTESTATIONS;
  return (
    <Stack gap="xs" role="form" aria-label="Client acknowledgement">
      <Radio.Group
        label="How the client acknowledged the plan"
        value={method}
        onChange={(v) => {
          if (isMethod(v)) setMethod(v);
        }}
      >
        <Stack gap={4} mt={4}>
          <Radio value="verbal_telehealth_attested" label="Attested verbally over video (I attest the client reviewed the plan with me)" />
          <Radio value="in_app" label="Signed in the app" />
          <Radio value="paper_scanned" label="Signed the printed copy (scanned)" />
        </Stack>
      </Radio.Group>
      <Text size="sm" c="gray.7">
        {CLIENT_ATTESTATIONS[method]}
      </Text>
      <TextInput
        label="Client’s name"
        value={name}
        onChange={(e) => {
          setName(e.currentTarget.value);
        }}
        error={error && !name.trim() ? error : undefined}
        maw={360}
      />
      <Checkbox
        label="The client declined to sign"
        checked={declined}
        onChange={(e) => {
          setDeclined(e.currentTarget.checked);
        }}
      />
      {declined && (
        <Textarea
          label="Reason the client gave"
          value={reason}
          onChange={(e) => {
            setReason(e.currentTarget.value);
          }}
          error={error && !reason.trim() ? error : undefined}
        />
      )}
      {error && name.trim() && (!declined || reason.trim()) && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      <Group>
        <Button
          variant="light"
          loading={busy}
          onClick={() => {
            void record();
          }}
        >
          {declined ? 'Record the refusal' : 'Record client acknowledgement'}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Awaiting client acknowledgement", or after 7 days the reminder (the same rule as the Today list's pending signature). */
function AcknowledgementStatus({ version }: { readonly version: TreatmentPlanVersion }) {
  const reminder = acknowledgementReminder(version, localToday(), (instant) => localToday(new Date(instant)));
  if (!reminder)
    return (
      <Alert color="yellow" role="status" title="Awaiting client acknowledgement">
        The plan is in force; record the client’s acknowledgement within 7 days.
      </Alert>
    );
  return (
    <Alert color="orange" role="status" title="Client acknowledgement overdue">
      {`Requested ${formatIsoDate(reminder.since)}, ${String(reminder.days)} days ago. Review the plan with the client and record their acknowledgement, or their refusal and its reason.`}
    </Alert>
  );
}

/** Who signed a frozen version, the client's acknowledgement still to record, and a supervisor's co-sign when required. */
export function SignaturesPanel({
  version,
  clientName,
  actions,
  canEdit,
}: {
  readonly version: TreatmentPlanVersion;
  readonly clientName: string;
  readonly actions: PlanActions;
  readonly canEdit: boolean;
}) {
  const { user } = useSignedIn();
  const [error, setError] = useState<string | null>(null);
  const authorId = version.signatures.find((s) => s.role === 'author')?.signerId;
  const mayCosign = version.status === 'awaiting_signatures' && (user.role === 'supervisor' || user.role === 'admin') && user.id !== authorId;
  const current = version.status === 'active' || version.status === 'awaiting_signatures';
  return (
    <Stack gap="xs" role="region" aria-label="Signatures">
      <Title order={4}>Signatures</Title>
      <List size="sm">
        {version.signatures.map((s, i) => (
          <List.Item key={i}>{signatureLine(s)}</List.Item>
        ))}
      </List>
      <PlanSignatureChecks version={version} />
      {version.status === 'awaiting_signatures' && (
        <Alert color="orange" role="status">
          Awaiting the supervisor’s co-sign: the clinic requires it for this author. The plan becomes active once co-signed.
        </Alert>
      )}
      {mayCosign && (
        <Group>
          <Button
            onClick={() => {
              actions.cosign(version.versionId, version.contentHash).catch((e: unknown) => {
                setError(errorMessage(e));
              });
            }}
          >
            Co-sign as supervisor
          </Button>
        </Group>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
      {current && awaitingClientAcknowledgement(version) && (
        <>
          <AcknowledgementStatus version={version} />
          {canEdit && <ClientAckForm version={version} clientName={clientName} actions={actions} />}
        </>
      )}
    </Stack>
  );
}
