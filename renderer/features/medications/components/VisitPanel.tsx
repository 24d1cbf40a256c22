import { Button, Card, Group, List, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import type { MedicationHistory } from '../../../../shared/domain/medication-events';
import { SEVERITY_LABELS, sideEffectLabel } from '../../../../shared/domain/medications';
import { formatInstantDate, formatIsoDate } from '../../../components/format-date';
import { SaveStatus } from '../../notes';
import { useLatestScores } from '../useMedicationVisit';
import { useStoredVisitNote, useVisitNote } from '../useVisitNote';
import { visitSummary } from '../visit-summary';
import { SaveError, useSaving } from './SaveError';

interface Props {
  readonly clientId: string;
  readonly sessionId: string;
  readonly history: MedicationHistory;
  readonly onSaveNote: (text: string, first: boolean) => Promise<void>;
  readonly onFinish: (note: string) => Promise<void>;
  readonly onLeave: () => void;
}

function Scores({ clientId }: { clientId: string }) {
  const scores = useLatestScores(clientId);
  if (!scores) return <Text>Reading scores…</Text>;
  if (scores.length === 0) return <Text>No measures scored yet.</Text>;
  return (
    <List>
      {scores.map((s) => <List.Item key={s.instrumentId}>{s.instrumentId}: {s.result}, {formatInstantDate(s.completedAt)}</List.Item>)}
    </List>
  );
}

interface NoteProps {
  readonly initial: { readonly text: string; readonly updatedAt: string };
  readonly onSave: (text: string, first: boolean) => Promise<void>;
  readonly onFinish: (note: string) => Promise<void>;
  readonly onLeave: () => void;
}

/** The visit note, autosaved on the visit; finishing needs a note, leaving keeps it for when the visit is resumed. */
function VisitNoteForm({ initial, onSave, onFinish, onLeave }: NoteProps) {
  const note = useVisitNote(initial, onSave);
  const [problem, setProblem] = useState<string | null>(null);
  const { saving, error, run } = useSaving();
  const finish = () => {
    if (!note.text.trim()) {
      setProblem('Write a short visit note before finishing.');
      return;
    }
    setProblem(null);
    void run(async () => {
      await note.flush();
      await onFinish(note.text.trim());
    });
  };
  return (
    <>
      <Textarea label="Visit note" required autosize minRows={3} value={note.text} error={problem}
        description="Saved as you type; leave the visit and resume it later to go on writing."
        onChange={(e) => { note.change(e.currentTarget.value); }} onBlur={() => void note.flush()} />
      <SaveStatus status={note.status} />
      <SaveError error={error} what="The visit note" />
      <Group justify="flex-end">
        <Button variant="default" onClick={() => { void note.flush().then((stored) => { if (stored) onLeave(); }); }}>Leave visit for now</Button>
        <Button onClick={finish} loading={saving}>Finish visit</Button>
      </Group>
    </>
  );
}

function VisitNoteLoader({ sessionId, ...rest }: Omit<NoteProps, 'initial'> & { readonly sessionId: string }) {
  const stored = useStoredVisitNote(sessionId);
  if (!stored) return <Loader size="sm" aria-label="Loading the visit note" />;
  return <VisitNoteForm key={sessionId} initial={stored} {...rest} />;
}

/** A medication visit in progress: what happened since the last visit, the latest scores, and the visit note. */
export function VisitPanel({ clientId, sessionId, history, onSaveNote, onFinish, onLeave }: Props) {
  const summary = visitSummary(history, sessionId);
  const since = summary.lastVisit ? `since the last visit (${formatIsoDate(summary.lastVisit.occurredOn)})` : 'so far (first medication visit)';
  return (
    <Card withBorder component="section" aria-labelledby="visit-heading" bg="teal.0">
      <Stack>
        <Title order={3} id="visit-heading">Medication visit</Title>
        <Text>Changes you make on this tab during the visit are recorded as part of it ({summary.changesThisVisit} so far).</Text>
        <Group align="start" grow>
          <Stack gap={4}>
            <Text fw={600}>Adherence {since}</Text>
            <Text>{summary.adherence.percent === null ? 'Nothing recorded.' : `${String(summary.adherence.percent)} % of scheduled doses (${String(summary.adherence.taken)} of ${String(summary.adherence.scheduled)}), ${String(summary.adherence.missedDays)} day(s) with misses.`}</Text>
          </Stack>
          <Stack gap={4}>
            <Text fw={600}>Side effects {since} or unresolved</Text>
            {summary.sideEffects.length === 0 ? <Text>None.</Text> : (
              <List>{summary.sideEffects.map((s) => <List.Item key={s.id}>{sideEffectLabel(s)}: {SEVERITY_LABELS[s.severity]} ({formatIsoDate(s.occurredOn)}){s.resolvedOn ? `, resolved ${formatIsoDate(s.resolvedOn)}` : ''}</List.Item>)}</List>
            )}
          </Stack>
          <Stack gap={4}>
            <Text fw={600}>Latest scores</Text>
            <Scores clientId={clientId} />
          </Stack>
        </Group>
        <VisitNoteLoader sessionId={sessionId} onSave={onSaveNote} onFinish={onFinish} onLeave={onLeave} />
      </Stack>
    </Card>
  );
}
