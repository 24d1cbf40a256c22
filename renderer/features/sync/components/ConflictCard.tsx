import { Alert, Button, Group, Paper, Stack, Table, Text, Textarea, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { clientDisplayName } from '../../../../shared/domain/client';
import type { ClinicRecord } from '../../../db';
import { OVERWRITTEN_REASON_START } from '../../../sync/sync-records';
import { formatInstantDate } from '../../../components/format-date';
import { RichTextSection, RichTextView } from '../../../components/RichTextSection';
import { useSignedIn } from '../../../session';
import { conflictParts, conflictTitle, defaultMergeText, noteConflictLimit, type ConflictLimit, type ConflictPart, type Doc } from '../conflict-parts';
import { useCurrentVersion, useResolveSyncRecord, type Resolution } from '../useConflicts';
import { errorMessage } from '../../../../shared/error-message';

/** A conflict copy's or refused document's title: what kind of record and which one. */
export function recordTitle(record: ClinicRecord): string {
  return conflictTitle(record.refCollection, record.refId, record.data, { clientName: null, formatDate: formatInstantDate });
}

/** The client a note conflict is about, by display name; null for other records or while loading. */
function useNoteClientName(record: ClinicRecord): string | null {
  const clientId = record.refCollection === 'notes' && typeof record.data.clientId === 'string' ? record.data.clientId : '';
  // Reads the client as the Conflicts screen reads any record; a non-note asks for nothing (no such collection).
  const client = useCurrentVersion({ ...record, refCollection: clientId ? 'clients' : '', refId: clientId });
  const data: Doc | null = client.data ?? null;
  if (!data || typeof data.firstName !== 'string' || typeof data.lastName !== 'string') return null;
  return clientDisplayName({
    firstName: data.firstName,
    lastName: data.lastName,
    preferredName: typeof data.preferredName === 'string' ? data.preferredName : '',
  });
}

function PartValue({ part, side }: { readonly part: ConflictPart; readonly side: 'current' | 'other' }) {
  const value = part[side];
  if (value === '') return <Text c="gray.7">—</Text>;
  // Note sections are HTML: shown as the note shows them, never as tags.
  if (part.format === 'rich') return <RichTextView html={value} />;
  return <Text style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>{value}</Text>;
}

const savedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** When a version was saved, in the user's locale; '' when unknown. */
function savedAt(doc: Doc | null): string {
  const at = typeof doc?.updatedAt === 'string' ? new Date(doc.updatedAt) : null;
  return at && !Number.isNaN(at.getTime()) ? `saved ${savedFormat.format(at)}` : '';
}

function ColumnHeader({ title, doc }: { readonly title: string; readonly doc: Doc | null }) {
  return (
    <Table.Th scope="col">
      {title}
      <Text size="xs" fw={400} c="gray.7">
        {savedAt(doc)}
      </Text>
    </Table.Th>
  );
}

interface TableProps {
  readonly parts: readonly ConflictPart[];
  readonly current: Doc | null;
  readonly other: Doc;
}

function PartsTable({ parts, current, other }: TableProps) {
  return (
    <Table layout="fixed" verticalSpacing="xs" withRowBorders>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w="20%" scope="col">
            Part
          </Table.Th>
          <ColumnHeader title="Current version" doc={current} />
          <ColumnHeader title="Conflict copy" doc={other} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {parts.map((part) => (
          <Table.Tr key={part.key}>
            <Table.Th scope="row">{part.label}</Table.Th>
            <Table.Td>
              <PartValue part={part} side="current" />
            </Table.Td>
            <Table.Td>
              <PartValue part={part} side="other" />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

interface MergeProps {
  readonly parts: readonly ConflictPart[];
  readonly texts: Readonly<Record<string, string>>;
  readonly onChange: (key: string, text: string) => void;
}

/** One editor per differing part that can be merged; note sections in the note's own rich-text editor. */
function MergeFields({ parts, texts, onChange }: MergeProps) {
  return (
    <Stack gap="xs">
      {parts.map((p) =>
        p.format === 'rich' ? (
          <RichTextSection
            key={p.key}
            label={`Merged ${p.label}`}
            value={texts[p.key] ?? ''}
            onChange={(html) => {
              onChange(p.key, html);
            }}
          />
        ) : (
          <Textarea
            key={p.key}
            label={`Merged ${p.label}`}
            autosize
            minRows={2}
            value={texts[p.key] ?? ''}
            onChange={(e) => {
              onChange(p.key, e.currentTarget.value);
            }}
          />
        ),
      )}
    </Stack>
  );
}

const LIMITS: Readonly<Record<Exclude<ConflictLimit, null>, string>> = {
  signed:
    'The note was signed on a laptop, and a signed note never changes. Copy what the conflict copy adds into an addendum of the note, then keep the signed version.',
  'signed-plan':
    'This plan version was signed, and a signed version never changes. Write what the conflict copy adds into a new version of the plan (Revise plan), then keep the signed version.',
  'not-author': 'Only the author of this draft can merge it or use the conflict copy; both versions stay here until they do.',
};

/** One conflict: the current version beside the saved copy, part by part; keep one, the other, or merge. */
export function ConflictCard({ record }: { readonly record: ClinicRecord }) {
  const current = useCurrentVersion(record);
  const resolve = useResolveSyncRecord();
  const { user } = useSignedIn();
  const limit = noteConflictLimit(record.refCollection, current.data ?? null, user.id);
  const clientName = useNoteClientName(record);
  const parts = useMemo(() => conflictParts(record.refCollection, current.data ?? null, record.data), [record, current.data]);
  const differing = parts.filter((p) => p.differs);
  const mergeable = differing.filter((p) => p.format !== 'value');
  const [merging, setMerging] = useState<Record<string, string> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const title = conflictTitle(record.refCollection, record.refId, record.data, { clientName, formatDate: formatInstantDate });

  const run = async (resolution: Resolution) => {
    setBusy(true);
    setError(null);
    try {
      await resolve(record, current.data ?? null, resolution);
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };

  return (
    <Paper component="section" withBorder p="md" aria-label={`Conflict: ${title}`}>
      <Stack gap="sm">
        <Title order={2} size="h4">
          {title}
        </Title>
        <Text size="sm">
          {record.reason.startsWith(OVERWRITTEN_REASON_START)
            ? 'This version arrived from another laptop while unsaved typing was open here; the typing was saved as the current version and this one is kept as the conflict copy until you choose.'
            : 'Changed on two laptops before they synced. The current version is the one kept; the conflict copy holds the other laptop’s version until you choose.'}
        </Text>
        {differing.length > 0 ? (
          <PartsTable parts={differing} current={current.data ?? null} other={record.data} />
        ) : (
          <Text size="sm">Both versions now hold the same text.</Text>
        )}
        {differing.length > 0 && parts.length > differing.length && (
          <Text size="sm" c="gray.7">
            Everything else is the same in both versions.
          </Text>
        )}
        {merging && (
          <>
            <MergeFields
              parts={mergeable}
              texts={merging}
              onChange={(key, text) => {
                setMerging({ ...merging, [key]: text });
              }}
            />
            {differing.some((p) => p.format === 'value') && <Text size="sm">Lists and other values keep the current version when merging.</Text>}
          </>
        )}
        {limit && (
          <Alert color="yellow" title={limit === 'signed' ? 'Signed note' : limit === 'signed-plan' ? 'Signed plan version' : 'Someone else’s draft'}>
            {LIMITS[limit]}
          </Alert>
        )}
        {error && (
          <Alert color="red" title="Not resolved" role="alert">
            {error}
          </Alert>
        )}
        <Group>
          {merging ? (
            <>
              <Button loading={busy} onClick={() => void run({ kind: 'merge', texts: merging })}>
                Save merged version
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  setMerging(null);
                }}
              >
                Cancel merge
              </Button>
            </>
          ) : (
            <>
              <Button variant="default" loading={busy} disabled={limit === 'not-author'} onClick={() => void run({ kind: 'keep-current' })}>
                Keep current version
              </Button>
              <Button variant="default" loading={busy} disabled={limit !== null} onClick={() => void run({ kind: 'use-other' })}>
                Use conflict copy
              </Button>
              <Button
                onClick={() => {
                  setMerging(Object.fromEntries(mergeable.map((p) => [p.key, defaultMergeText(p)])));
                }}
                disabled={limit !== null || !current.data || mergeable.length === 0}
              >
                Merge…
              </Button>
            </>
          )}
        </Group>
      </Stack>
    </Paper>
  );
}
