import { Alert, Badge, Button, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import {
  DISCHARGE_TYPE_LABELS,
  dischargeCosignRefusal,
  dischargeCosignStateOf,
  longDate,
  type DischargeAddendum,
  type DischargeClientCopy,
  type DischargeCosign,
  type DischargeSummary,
} from '../../../../shared/reports';
import { reasonOf } from '../../../drafts/draft-status';
import { useSignedIn } from '../../../session';
import { ExportOutcomeNote } from '../../reports';
import { useAftercareClientCopy } from '../useDischargeSummary';
import { SignatureCheck, useSignerNames } from '../../../signing';
import { DischargeSignatureChecks, useDischargeVerdicts } from './DischargeSignatureChecks';

interface Props {
  readonly summary: DischargeSummary;
  readonly addenda: readonly DischargeAddendum[];
  readonly cosigns: readonly DischargeCosign[];
  /** The latest client copy of the aftercare plan given, or null. */
  readonly clientCopy: DischargeClientCopy | null;
  readonly onAddendum: (text: string) => Promise<unknown>;
  readonly onCosign: () => Promise<unknown>;
}

/**
 * "Aftercare plan client copy (PDF)" (§7.4), like the plans' client-copy buttons: saved, recorded as given and audited,
 * or says why not; says when a copy was last given and by whom.
 */
function AftercareCopyButton({ summaryId, given }: { readonly summaryId: string; readonly given: DischargeClientCopy | null }) {
  const { busy, outcome, print } = useAftercareClientCopy();
  const nameOf = useSignerNames();
  return (
    <Stack gap={4} align="flex-start">
      <Group gap="sm">
        <Button
          variant="default"
          loading={busy}
          onClick={() => {
            void print(summaryId);
          }}
        >
          Aftercare plan client copy (PDF)
        </Button>
        <Text size="sm" c="gray.7">
          {given ? `Client copy given on ${longDate(given.givenOn)} by ${nameOf(given.givenBy)}.` : 'No client copy given yet.'}
        </Text>
      </Group>
      <ExportOutcomeNote outcome={outcome} what="Aftercare plan client copy" />
    </Stack>
  );
}

/** "Awaiting a supervisor's co-sign" with the button for one who may, or who co-signed and when (like reviews). */
function CosignLine({ summary, cosigns, onCosign }: Pick<Props, 'summary' | 'cosigns' | 'onCosign'>) {
  const { user } = useSignedIn();
  const [error, setError] = useState<string | null>(null);
  const state = dischargeCosignStateOf(summary, cosigns);
  if (state.state === 'not_required') return null;
  if (state.state === 'cosigned')
    return (
      <Text>{`Co-signed by ${state.cosign.signerName}${state.cosign.credentials ? `, ${state.cosign.credentials}` : ''} on ${longDate(state.cosign.signedAt)}.`}</Text>
    );
  const mayCosign = dischargeCosignRefusal(user, summary, cosigns) === null;
  const cosign = async () => {
    try {
      await onCosign();
      setError(null);
    } catch (e) {
      setError(`Not co-signed: ${reasonOf(e)}.`);
    }
  };
  return (
    <Group gap="xs">
      <Badge color="yellow">Awaiting co-sign</Badge>
      <Text size="sm">Signed by a supervised clinician: a supervisor co-signs it.</Text>
      {mayCosign && (
        <Button
          size="xs"
          onClick={() => {
            void cosign();
          }}
        >
          Co-sign discharge summary
        </Button>
      )}
      {error && (
        <Alert color="red" role="alert">
          {error}
        </Alert>
      )}
    </Group>
  );
}

/** A signed discharge summary: who signed and when, its aftercare plan at a glance, its addenda and a new addendum. */
export function SignedDischargeSummary({ summary, addenda, cosigns, clientCopy, onAddendum, onCosign }: Props) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const s = summary.signature;
  const a = summary.content.aftercare;
  const verdicts = useDischargeVerdicts(summary, cosigns, addenda);
  const nameOf = useSignerNames();
  const add = async () => {
    if (text.trim() === '') {
      setError('Write the addendum.');
      return;
    }
    setBusy(true);
    try {
      await onAddendum(text);
      setText('');
      setError(null);
    } catch (e) {
      setError(`Not added: ${reasonOf(e)}.`);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap="sm">
      <Text fw={600}>
        {s ? `Signed by ${s.signerName}${s.credentials ? `, ${s.credentials}` : ''} on ${longDate(s.signedAt)}. It cannot change; add an addendum.` : 'Signed.'}
      </Text>
      <CosignLine summary={summary} cosigns={cosigns} onCosign={onCosign} />
      <DischargeSignatureChecks summary={summary} cosigns={cosigns} verdicts={verdicts} />
      <List size="sm">
        <List.Item>Discharge type: {summary.content.narrative.dischargeType ? DISCHARGE_TYPE_LABELS[summary.content.narrative.dischargeType] : '—'}</List.Item>
        <List.Item>
          Next provider: {a.providerName || '—'}
          {a.firstAppointmentAt ? `, first appointment ${longDate(a.firstAppointmentAt)} at ${a.firstAppointmentAt.slice(11, 16)}` : ''}
        </List.Item>
        <List.Item>Follow-up contacts: {a.followUps.map(longDate).join(', ') || 'none'}</List.Item>
      </List>
      <AftercareCopyButton summaryId={summary.id} given={clientCopy} />
      {addenda.length > 0 && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            Addenda
          </Title>
          {addenda.map((x) => (
            <Stack key={x.id} gap={2}>
              <Text size="sm">{`${longDate(x.signedAt)}, ${x.signerName}: ${x.text}`}</Text>
              <SignatureCheck verdict={verdicts?.get(x.id)} signerName={nameOf(x.signerId)} />
            </Stack>
          ))}
        </Stack>
      )}
      <Textarea
        label="Addendum"
        autosize
        minRows={2}
        value={text}
        error={error}
        onChange={(e) => {
          setText(e.currentTarget.value);
        }}
      />
      <Group>
        <Button
          variant="default"
          loading={busy}
          onClick={() => {
            void add();
          }}
        >
          Sign addendum
        </Button>
      </Group>
    </Stack>
  );
}
