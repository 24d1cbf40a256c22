import { Alert, Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ClinicRecord } from '../../../db';
import { conflictParts, defaultMergeText, type ConflictPart } from '../conflict-parts';
import { useCurrentVersion, useResolveSyncRecord, type Resolution } from '../useConflicts';

const RECORD_WORD: Readonly<Record<string, string>> = { clients: 'Client record', notes: 'Note', staff: 'Staff record', careplans: 'Plan' };

/** A conflict copy's title: what kind of record and which one. */
export function recordTitle(record: ClinicRecord): string {
  const name = [record.data.firstName, record.data.lastName].filter((v) => typeof v === 'string' && v !== '').join(' ');
  const title = typeof record.data.title === 'string' ? record.data.title : '';
  return `${RECORD_WORD[record.refCollection] ?? record.refCollection} ${name || title || record.refId}`;
}

function PartRow({ part }: { readonly part: ConflictPart }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
      <Text fw={600}>{part.label}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }} aria-label={`${part.label}, current version`}>{part.current || '—'}</Text>
      <Text style={{ whiteSpace: 'pre-wrap' }} aria-label={`${part.label}, conflict copy`}>{part.other || '—'}</Text>
    </SimpleGrid>
  );
}

/** One conflict: the current version beside the saved copy, part by part; keep one, the other, or merge. */
export function ConflictCard({ record }: { readonly record: ClinicRecord }) {
  const current = useCurrentVersion(record);
  const resolve = useResolveSyncRecord();
  const parts = useMemo(() => conflictParts(record.refCollection, current.data ?? null, record.data), [record, current.data]);
  const differing = parts.filter((p) => p.differs);
  const [merging, setMerging] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = recordTitle(record);

  const run = async (resolution: Resolution) => {
    setBusy(true);
    setError(null);
    try {
      await resolve(record, current.data ?? null, resolution);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setBusy(false);
    }
  };
  const startMerge = () => {
    setMerging(Object.fromEntries(differing.filter((p) => p.editable).map((p) => [p.key, defaultMergeText(p)])));
  };

  return (
    <Paper component="section" withBorder p="md" aria-label={`Conflict: ${title}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">{title}</Title>
        <Text size="sm" c="dimmed">{record.reason}</Text>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <Text size="sm" fw={700}>Part</Text>
          <Text size="sm" fw={700}>Current version</Text>
          <Text size="sm" fw={700}>Conflict copy</Text>
        </SimpleGrid>
        {differing.map((part) => <PartRow key={part.key} part={part} />)}
        {differing.length === 0 && <Text size="sm">Both versions now hold the same text.</Text>}
        {parts.length > differing.length && <Text size="sm" c="dimmed">{parts.length - differing.length} other parts are the same in both.</Text>}
        {merging && (
          <Stack gap="xs">
            {differing.filter((p) => p.editable).map((p) => (
              <Textarea key={p.key} label={`Merged ${p.label}`} autosize minRows={2} value={merging[p.key] ?? ''} onChange={(e) => { setMerging({ ...merging, [p.key]: e.currentTarget.value }); }} />
            ))}
            {differing.some((p) => !p.editable) && <Text size="sm">Lists and other values keep the current version when merging.</Text>}
          </Stack>
        )}
        {error && <Alert color="red" title="Not resolved" role="alert">{error}</Alert>}
        <Group>
          {merging ? (
            <>
              <Button loading={busy} onClick={() => void run({ kind: 'merge', texts: merging })}>Save merged version</Button>
              <Button variant="default" onClick={() => { setMerging(null); }}>Cancel merge</Button>
            </>
          ) : (
            <>
              <Button variant="default" loading={busy} onClick={() => void run({ kind: 'keep-current' })}>Keep current version</Button>
              <Button variant="default" loading={busy} onClick={() => void run({ kind: 'use-other' })}>Use conflict copy</Button>
              <Button onClick={startMerge} disabled={!current.data || differing.every((p) => !p.editable)}>Merge…</Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
