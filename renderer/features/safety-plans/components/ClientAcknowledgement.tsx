import { Button, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { awaitingClientAcknowledgement } from '../../../../shared/progress/plans/signatures';
import type { SafetyPlanVersion } from '../../../../shared/progress/safety-plans';
import { formatInstantDate } from '../../../components/format-date';
import type { AcknowledgementInput } from '../safety-plan-actions';
import { errorMessage } from '../../../../shared/error-message';
import { FormProblem } from '../../../components/FormProblem';

const HOWS = ['verbal', 'paper', 'declined'] as const;
type How = (typeof HOWS)[number];

interface Props {
  readonly version: SafetyPlanVersion;
  readonly clientName: string;
  readonly canEdit: boolean;
  readonly onRecord: (input: AcknowledgementInput) => Promise<void>;
}

const METHOD_WORDS: Readonly<Record<string, string>> = {
  verbal_telehealth_attested: 'over video',
  paper_scanned: 'on the printed copy',
  in_app: 'in Waypoint',
};

function inputOf(how: How, clientName: string, reason: string): AcknowledgementInput {
  if (how === 'declined') return { clientName, method: 'verbal_telehealth_attested', declinedReason: reason };
  return { clientName, method: how === 'verbal' ? 'verbal_telehealth_attested' : 'paper_scanned', declinedReason: null };
}

/** The client's acknowledgement of the version in force (§1.6, §4.3): shown, or recorded (or their refusal, with why). */
export function ClientAcknowledgement({ version, clientName, canEdit, onRecord }: Props) {
  const [open, setOpen] = useState(false);
  const [how, setHow] = useState<How | null>(null);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const client = version.signatures.find((s) => s.role === 'client' || s.role === 'guardian');
  if (client) {
    const text = client.declined
      ? `The client declined to acknowledge this version: ${client.declined.reason}`
      : `Acknowledged by ${client.signerName} ${METHOD_WORDS[client.method] ?? ''} on ${formatInstantDate(client.signedAt ?? '')}.`;
    return <Text size="sm">{text}</Text>;
  }
  if (!awaitingClientAcknowledgement(version)) return null;
  const record = async () => {
    if (!how || (how === 'declined' && !reason.trim())) {
      setProblem(how ? 'Write why the client declined.' : 'Choose how the client acknowledged the plan.');
      return;
    }
    try {
      await onRecord(inputOf(how, clientName, reason));
      setOpen(false);
    } catch (e) {
      setProblem(`Not recorded: ${errorMessage(e)}`);
    }
  };
  return (
    <Stack gap="xs">
      <Text size="sm">Awaiting the client’s acknowledgement.</Text>
      {canEdit && !open && (
        <Group>
          <Button
            variant="default"
            onClick={() => {
              setOpen(true);
            }}
          >
            Record client acknowledgement
          </Button>
        </Group>
      )}
      {open && (
        <>
          <Radio.Group
            label={`How ${clientName} acknowledged this version`}
            value={how}
            onChange={(v) => {
              setHow(HOWS.find((h) => h === v) ?? null);
            }}
          >
            <Group mt="xs">
              <Radio value="verbal" label="Reviewed it with me over video" />
              <Radio value="paper" label="Signed the printed copy" />
              <Radio value="declined" label="Declined" />
            </Group>
          </Radio.Group>
          {how === 'declined' && (
            <Textarea
              label="Why the client declined"
              withAsterisk
              value={reason}
              onChange={(e) => {
                setReason(e.currentTarget.value);
              }}
            />
          )}
          <FormProblem problem={problem} />
          <Group>
            <Button onClick={() => void record()}>Record acknowledgement</Button>
            <Button
              variant="default"
              onClick={() => {
                setOpen(false);
              }}
            >
              Cancel
            </Button>
          </Group>
        </>
      )}
    </Stack>
  );
}
