import { Button, Card, Group, List, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { SAFETY_EVENT_TYPES, correctedEntriesOf, currentSafetyEvents } from '../../../../shared/progress/safety-plans';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import type { StoredSafetyEvent } from '../../../db';
import type { SafetyPlanActions } from '../useSafetyPlanActions';
import { RecordSafetyEventModal } from './RecordSafetyEventModal';

interface Props {
  readonly events: readonly StoredSafetyEvent[];
  readonly today: string;
  readonly admissionDate: string;
  readonly canEdit: boolean;
  readonly actions: SafetyPlanActions;
}

const labelOf = (e: StoredSafetyEvent) => SAFETY_EVENT_TYPES[e.type].label;

/** "Self-harm act on 3 Dec 2026, from the alert of 3 Dec 2026". */
export function safetyEventLine(e: StoredSafetyEvent): string {
  const from = e.alert ? `, from the alert of ${formatIsoDate(e.alert.on)}` : '';
  return `${labelOf(e)} on ${formatIsoDate(e.on)}${from}`;
}

/** What a current entry replaced: each earlier entry, still readable, and why it was corrected. */
function EarlierEntries({ events, current }: { readonly events: readonly StoredSafetyEvent[]; readonly current: StoredSafetyEvent }) {
  const earlier = correctedEntriesOf(events, current.id);
  if (earlier.length === 0) return null;
  return (
    <Text size="sm" c="gray.7">
      {`Earlier entry: ${earlier.map(safetyEventLine).join('; ')} — corrected: ${current.correctionReason}`}
    </Text>
  );
}

/**
 * The safety events recorded for the client, as last corrected: each with where it came from and a "Correct" action;
 * entries withdrawn as entered in error are listed below, still readable.
 */
export function RecordedSafetyEvents({ events, today, admissionDate, canEdit, actions }: Props) {
  const [correcting, setCorrecting] = useState<StoredSafetyEvent | null>(null);
  const current = currentSafetyEvents(events);
  const withdrawn = events.filter((e) => e.enteredInError);
  if (events.length === 0) return null;
  return (
    <Card withBorder component="section" aria-labelledby="recorded-safety-events">
      <Stack gap="xs">
        <Title order={2} size="h4" id="recorded-safety-events">
          Recorded safety events
        </Title>
        <List spacing="xs" listStyleType="none">
          {[...current].reverse().map((e) => (
            <List.Item key={e.id}>
              <Group gap="xs" wrap="nowrap" justify="space-between">
                <Stack gap={2}>
                  <Text>{safetyEventLine(e)}</Text>
                  {e.note && <Text size="sm">{e.note}</Text>}
                  <EarlierEntries events={events} current={e} />
                </Stack>
                {canEdit && (
                  <Button
                    size="compact-sm"
                    variant="default"
                    aria-label={`Correct: ${safetyEventLine(e)}`}
                    onClick={() => {
                      setCorrecting(e);
                    }}
                  >
                    Correct
                  </Button>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
        {withdrawn.map((w) => (
          <Text key={w.id} size="sm" c="gray.7">
            {`Entered in error: ${safetyEventLine(w)} — reason: ${w.correctionReason}`}
          </Text>
        ))}
      </Stack>
      {correcting && (
        <RecordSafetyEventModal
          correcting
          today={today}
          admissionDate={admissionDate}
          initial={{ on: correcting.on, type: correcting.type, note: correcting.note }}
          onClose={() => {
            setCorrecting(null);
          }}
          onSave={async (draft, correction) => {
            await actions.correctEvent(correcting.id, draft, correction);
            setCorrecting(null);
            notify('Safety event corrected.');
          }}
        />
      )}
    </Card>
  );
}
