import { Alert, Group, List, Modal, NumberInput, Select, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import { weekStartOf } from '../../../../shared/domain/medication-adherence';
import { currentAdherence, type AdherenceDay } from '../../../../shared/domain/medication-events';
import { ADHERENCE_SOURCES, MISS_REASONS, type AdherenceSource, type MissReason } from '../../../../shared/domain/medications';
import type { Medication } from '../../../../shared/domain/records';
import { LIST_PROPS } from '../../../components/combobox';
import { formatIsoDate } from '../../../components/format-date';
import { cellsFrom, gridEntries, gridRows, weekDays, type GridCells, type GridDayState, type GridRow } from '../adherence-grid';
import type { AdherenceEntry } from '../useMedicationActions';
import { SaveError, useSaving } from '../../../components/SaveError';
import { ModalActions } from '../../../components/ModalActions';

interface Props {
  readonly mode: 'week' | 'day';
  readonly medications: readonly Medication[];
  readonly records: readonly AdherenceDay[];
  readonly today: string;
  readonly onClose: () => void;
  readonly onSave: (entries: readonly AdherenceEntry[]) => Promise<void>;
}

const weekday = new Intl.DateTimeFormat(undefined, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
const dayName = (d: string) => weekday.format(new Date(`${d}T00:00:00Z`));
const isReason = (v: string | null): v is MissReason => MISS_REASONS.some((r) => r.id === v);

/** A day without an input: one that has not happened yet, or one outside the prescription. */
function ClosedDay({ state }: { state: GridDayState }) {
  if (state === 'not-yet')
    return (
      <Text size="sm" c="gray.7" title="This day has not happened yet">
        not yet
      </Text>
    );
  return (
    <Text c="gray.7" aria-label="not prescribed on this day">
      —
    </Text>
  );
}

function Grid({
  rows,
  days,
  cells,
  setCell,
  reasons,
  setReason,
}: {
  rows: readonly GridRow[];
  days: readonly string[];
  cells: GridCells;
  setCell: (med: string, day: string, v: string) => void;
  reasons: Readonly<Record<string, MissReason | ''>>;
  setReason: (med: string, v: MissReason | '') => void;
}) {
  return (
    <Table>
      <Table.Caption>Doses taken per day; leave a day empty when it is not known.</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Medication</Table.Th>
          {days.map((d) => (
            <Table.Th key={d}>{dayName(d)}</Table.Th>
          ))}
          <Table.Th>Reason for missed doses</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map(({ med, open, states }) => (
          <Table.Tr key={med.id}>
            <Table.Th scope="row">
              {med.name}
              <Text size="xs" c="gray.7">
                of {med.schedule.timesPerDay} a day
              </Text>
            </Table.Th>
            {days.map((d, i) => (
              <Table.Td key={d}>
                {open[i] ? (
                  <NumberInput
                    aria-label={`${med.name}, ${dayName(d)}: doses taken of ${String(med.schedule.timesPerDay)}`}
                    min={0}
                    max={med.schedule.timesPerDay}
                    allowDecimal={false}
                    allowNegative={false}
                    hideControls
                    w={56}
                    value={cells[med.id]?.[d] ?? ''}
                    onChange={(v) => {
                      setCell(med.id, d, String(v));
                    }}
                  />
                ) : (
                  <ClosedDay state={states[i] ?? 'not-prescribed'} />
                )}
              </Table.Td>
            ))}
            <Table.Td>
              <Select
                comboboxProps={LIST_PROPS}
                aria-label={`Reason ${med.name} doses were missed`}
                placeholder="Choose if any missed"
                data={MISS_REASONS.map((r) => ({ value: r.id, label: r.label }))}
                clearable
                value={reasons[med.id] || null}
                onChange={(v) => {
                  setReason(med.id, isReason(v) ? v : '');
                }}
                w={170}
              />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Adherence entry: the weekly grid (the usual way it is reported in a session) or one day. */
export function AdherenceEntryModal({ mode, medications, records, today, onClose, onSave }: Props) {
  const [start, setStart] = useState(mode === 'week' ? weekStartOf(today) : today);
  const days = useMemo(() => (mode === 'week' ? weekDays(start) : [start]), [mode, start]);
  const current = useMemo(() => currentAdherence(records), [records]);
  const rows = useMemo(() => gridRows(medications, days, today), [medications, days, today]);
  const recorded = useMemo(() => cellsFrom(current, rows, days), [current, rows, days]);
  const [edits, setEdits] = useState<Record<string, Record<string, string>>>({});
  const [reasons, setReasons] = useState<Record<string, MissReason | ''>>({});
  const [source, setSource] = useState<AdherenceSource>('client-reported');
  const [problems, setProblems] = useState<readonly string[]>([]);
  const { saving, error, run } = useSaving();
  const cells: GridCells = Object.fromEntries(rows.map(({ med }) => [med.id, { ...recorded[med.id], ...edits[med.id] }]));
  const title = mode === 'week' ? 'Record a week of adherence' : 'Record one day of adherence';

  const save = () => {
    const { entries, errors } = gridEntries(rows, days, cells, recorded, reasons, source);
    setProblems(errors);
    if (errors.length === 0 && entries.length === 0) setProblems(['Nothing new to save: enter the doses taken for at least one day.']);
    if (errors.length === 0 && entries.length > 0) void run(() => onSave(entries));
  };
  return (
    <Modal opened onClose={onClose} title={title} size="auto" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Group align="end">
          {mode === 'week' ? (
            <>
              <TextInput
                label="Week starting (Monday)"
                type="date"
                value={start}
                max={today}
                onChange={(e) => {
                  const v = e.currentTarget.value;
                  if (v) setStart(weekStartOf(v));
                }}
              />
              <Text>
                {formatIsoDate(days[0] ?? start)} – {formatIsoDate(days.at(-1) ?? start)}
              </Text>
            </>
          ) : (
            <TextInput
              label="Day"
              type="date"
              value={start}
              max={today}
              onChange={(e) => {
                const v = e.currentTarget.value;
                if (v) setStart(v);
              }}
            />
          )}
          <Select
            comboboxProps={LIST_PROPS}
            label="Reported by"
            data={ADHERENCE_SOURCES.map((s) => ({ value: s.id, label: s.label }))}
            value={source}
            allowDeselect={false}
            onChange={(v) => {
              setSource(v === 'observed' ? 'observed' : 'client-reported');
            }}
          />
        </Group>
        {rows.length === 0 ? (
          <Text>
            {(days[0] ?? start) > today
              ? 'These days have not happened yet: choose a day up to today.'
              : 'No scheduled medication was prescribed in this period.'}
          </Text>
        ) : (
          <Grid
            rows={rows}
            days={days}
            cells={cells}
            reasons={reasons}
            setCell={(med, day, v) => {
              setEdits((e) => ({ ...e, [med]: { ...e[med], [day]: v } }));
            }}
            setReason={(med, v) => {
              setReasons((r) => ({ ...r, [med]: v }));
            }}
          />
        )}
        {problems.length > 0 && (
          <Alert color="red" title="Check these entries" role="alert">
            <List>
              {problems.map((p) => (
                <List.Item key={p}>{p}</List.Item>
              ))}
            </List>
          </Alert>
        )}
        <SaveError error={error} what="The adherence" />
        <ModalActions submitLabel="Save adherence" saving={saving} disabled={rows.length === 0} onAction={save} onCancel={onClose} />
      </Stack>
    </Modal>
  );
}
