import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ATTENDANCE_LABELS, CONNECTION_LABELS, ENGAGEMENT_ANCHORS, attended, connectionSummary } from '../../../../shared/domain/attendance';
import { ATTENDANCE_STATUSES, CONNECTION_PROBLEMS, type Attendance, type RecordInput } from '../../../../shared/domain/records';
import { rowOf, rowToInput, type RowValues } from './attendance-row';
import { errorMessage } from '../../../../shared/error-message';
import { TableHeader } from '../../../components/TableHeader';

export interface Member {
  readonly clientId: string;
  readonly name: string;
}

interface Props {
  readonly caption: string;
  readonly members: readonly Member[];
  readonly records: readonly Attendance[];
  readonly sessionId: string;
  readonly sessionAt: string;
  readonly readOnly: boolean;
  readonly onSave: (input: RecordInput<Attendance>, name: string) => Promise<unknown>;
}

const STATUS_OPTIONS = [{ value: '', label: 'Not marked' }, ...ATTENDANCE_STATUSES.map((s) => ({ value: s, label: ATTENDANCE_LABELS[s] }))];
const ENGAGEMENT_OPTIONS = [
  { value: '', label: 'Not rated' },
  ...Object.entries(ENGAGEMENT_ANCHORS).map(([v, anchor]) => ({ value: v, label: `${v} — ${anchor}` })),
];
const OBSERVATIONS = [
  { key: 'communicationNote', label: 'Communication' },
  { key: 'regulationNote', label: 'Emotional regulation' },
  { key: 'participationNote', label: 'Participation' },
] as const;

function isStatus(v: string): v is RowValues['status'] {
  return v === '' || (ATTENDANCE_STATUSES as readonly string[]).includes(v);
}

function Row({ member, record, props }: { member: Member; record: Attendance | undefined; props: Props }) {
  const [row, setRow] = useState<RowValues>(() => rowOf(record));
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const save = (next: RowValues) => {
    const input = rowToInput(next, props.sessionId, member.clientId, props.sessionAt);
    if (!input) return;
    props.onSave(input, member.name).then(
      () => {
        setError('');
      },
      (e: unknown) => {
        setError(`Not saved: ${errorMessage(e)}`);
      },
    );
  };
  const change = (patch: Partial<RowValues>, persist = true) => {
    const next = { ...row, ...patch };
    setRow(next);
    if (persist) save(next);
  };
  const absent = row.status !== '' && !attended(row.status);
  const n = member.name;
  if (props.readOnly) {
    const shown = rowOf(record);
    return (
      <Table.Tr>
        <Table.Th scope="row">{n}</Table.Th>
        <Table.Td>{shown.status ? ATTENDANCE_LABELS[shown.status] : 'Not marked'}</Table.Td>
        <Table.Td>{shown.engagement ? `${shown.engagement} of 5` : '—'}</Table.Td>
        <Table.Td>{connectionSummary(shown.connectionProblems)}</Table.Td>
        <Table.Td>
          {OBSERVATIONS.filter((o) => shown[o.key])
            .map((o) => `${o.label}: ${shown[o.key]}`)
            .join(' · ') || '—'}
        </Table.Td>
      </Table.Tr>
    );
  }
  return (
    <>
      <Table.Tr>
        <Table.Th scope="row">{n}</Table.Th>
        <Table.Td>
          <NativeSelect
            aria-label={`Attendance of ${n}`}
            data={STATUS_OPTIONS}
            value={row.status}
            error={error || undefined}
            onChange={(e) => {
              const v = e.currentTarget.value;
              if (isStatus(v)) change({ status: v, ...(v !== '' && !attended(v) ? { engagement: '' } : {}) });
            }}
          />
        </Table.Td>
        <Table.Td>
          <NativeSelect
            aria-label={`Engagement of ${n}`}
            data={ENGAGEMENT_OPTIONS}
            value={row.engagement}
            disabled={absent}
            onChange={(e) => {
              change({ engagement: e.currentTarget.value });
            }}
          />
        </Table.Td>
        <Table.Td>
          <Checkbox.Group
            aria-label={`Connection problems of ${n}`}
            value={[...row.connectionProblems]}
            onChange={(v) => {
              change({ connectionProblems: v });
            }}
          >
            <Group gap="xs">
              {CONNECTION_PROBLEMS.map((p) => (
                <Checkbox key={p} value={p} label={CONNECTION_LABELS[p]} aria-label={`${CONNECTION_LABELS[p]} problem for ${n}`} />
              ))}
            </Group>
          </Checkbox.Group>
        </Table.Td>
        <Table.Td>
          <Button
            variant="default"
            size="xs"
            aria-expanded={open}
            onClick={() => {
              setOpen(!open);
            }}
          >
            Observations of {n}
          </Button>
        </Table.Td>
      </Table.Tr>
      {open && (
        <Table.Tr>
          <Table.Td colSpan={5}>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              {OBSERVATIONS.map((o) => (
                <Textarea
                  key={o.key}
                  label={`${o.label} (${n})`}
                  autosize
                  minRows={2}
                  value={row[o.key]}
                  onChange={(e) => {
                    change({ [o.key]: e.currentTarget.value }, false);
                  }}
                  onBlur={() => {
                    save(row);
                  }}
                />
              ))}
            </SimpleGrid>
            {row.status === '' && (
              <Text size="sm" mt="xs">
                Mark attendance first; observations are saved with it.
              </Text>
            )}
          </Table.Td>
        </Table.Tr>
      )}
    </>
  );
}

/** Attendance, engagement (1–5 with anchors), connection problems and observations: one row per client. */
export function AttendanceTable(props: Props) {
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table>
        <Table.Caption>{props.caption}</Table.Caption>
        <TableHeader columns={['Client', 'Attendance', 'Engagement', 'Connection problems', 'Observations']} />
        <Table.Tbody>
          {props.members.map((m) => (
            <Row key={m.clientId} member={m} record={props.records.find((r) => r.clientId === m.clientId)} props={props} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
