import { Button, Card, Group, Radio, Stack, Textarea, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { ACK_ACTIONS, type AckAction } from '../safety-alerts';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly onSign: (action: AckAction, note: string) => Promise<void>;
  readonly onCancel: () => void;
}

function isAckAction(value: string): value is AckAction {
  return ACK_ACTIONS.some((a) => a.value === value);
}

/** A clinician's response to the safety alert: what was done and a note, signed with their name and the time. */
export function AckForm({ onSign, onCancel }: Props) {
  const [action, setAction] = useState<AckAction | null>(null);
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!action || !note.trim()) {
      setProblem('Choose what was done and write a note before signing.');
      return;
    }
    setSaving(true);
    try {
      await onSign(action, note.trim());
    } catch (error) {
      setProblem(`The response was not recorded: ${errorClause(error)}. Try again.`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="ack-heading">
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack>
          <Title order={2} size="h3" id="ack-heading">
            Record clinician response
          </Title>
          <Radio.Group
            label="What was done"
            withAsterisk
            value={action}
            onChange={(v) => {
              if (isAckAction(v)) setAction(v);
            }}
          >
            <Group mt="xs">
              {ACK_ACTIONS.map((a) => (
                <Radio key={a.value} value={a.value} label={a.label} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label="Note"
            withAsterisk
            autosize
            minRows={3}
            value={note}
            onChange={(e) => {
              setNote(e.currentTarget.value);
            }}
          />
          <FormProblem problem={problem} />
          <Group>
            <Button type="submit" loading={saving}>
              Sign and record response
            </Button>
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
