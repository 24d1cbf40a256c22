import { Alert, Button, Checkbox, Group, List, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import { useChartRegistry, type CheckInImportColumnSet } from '../../../modules';
import { CHECK_IN_SCALES, importableRows, readCheckInCsv, type CsvCheckInResult, type CsvCheckInRow } from '../../../../shared/instruments';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import type { CheckInInput } from '../checkin-records';
import { useClientCheckIns } from '../useCheckIns';
import { plural } from '../../../../shared/domain/text';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly clients: readonly { readonly id: string; readonly name: string }[];
  /** Saves the check-ins, returning the saved ones in the order given. */
  readonly onImport: (inputs: readonly CheckInInput[]) => Promise<readonly { readonly id: string; readonly day: string }[]>;
}

function status(r: CsvCheckInRow): string {
  if (r.errors.length) return 'Cannot import';
  if (r.duplicate === 'stored') return 'Duplicate: a check-in for this day is already stored';
  if (r.duplicate === 'file') return 'Duplicate: an earlier row has this day';
  return 'Ready';
}

interface PreviewProps {
  readonly rows: readonly CsvCheckInRow[];
  /** Other features' columns read from the file (e.g. behaviours), as it names them. */
  readonly extraColumns: readonly string[];
  readonly chosen: ReadonlySet<number>;
  readonly onToggle: (row: number, on: boolean) => void;
}

function Preview({ rows, extraColumns, chosen, onToggle }: PreviewProps) {
  const ready = new Set(importableRows(rows).map((r) => r.row));
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped>
        <Table.Caption>Preview of the file: tick the rows to import</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Import</Table.Th>
            <Table.Th>Row</Table.Th>
            <Table.Th>Day</Table.Th>
            {CHECK_IN_SCALES.map((s) => (
              <Table.Th key={s.key}>{s.label}</Table.Th>
            ))}
            <Table.Th>Sleep (h)</Table.Th>
            <Table.Th>Coping skills</Table.Th>
            <Table.Th>Journal</Table.Th>
            {extraColumns.map((c) => (
              <Table.Th key={c}>{c}</Table.Th>
            ))}
            <Table.Th>Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.row}>
              <Table.Td>
                <Checkbox
                  aria-label={`Import row ${String(r.row)}`}
                  disabled={!ready.has(r.row)}
                  checked={chosen.has(r.row)}
                  onChange={(e) => {
                    onToggle(r.row, e.currentTarget.checked);
                  }}
                />
              </Table.Td>
              <Table.Td>{r.row}</Table.Td>
              <Table.Td>{r.day ? formatIsoDate(r.day) : '—'}</Table.Td>
              {CHECK_IN_SCALES.map((s) => (
                <Table.Td key={s.key}>{r.answers?.[s.key] ?? '—'}</Table.Td>
              ))}
              <Table.Td>{r.answers?.sleepHours ?? '—'}</Table.Td>
              <Table.Td>{r.answers?.copingSkills.join(', ') || '—'}</Table.Td>
              <Table.Td>{r.journal || '—'}</Table.Td>
              {extraColumns.map((c) => (
                <Table.Td key={c}>{r.extras[c] ?? '—'}</Table.Td>
              ))}
              <Table.Td>{status(r)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/**
 * Saves the chosen rows one by one: the check-in, then the other features' cells of that row against it (so a
 * failure leaves at most the row it stopped at without its extra values). Returns how many were saved.
 */
async function saveRows(
  rows: readonly (CsvCheckInRow & { answers: CheckInInput['answers'] })[],
  clientId: string,
  sets: readonly CheckInImportColumnSet[],
  onImport: Props['onImport'],
): Promise<number> {
  let done = 0;
  for (const r of rows) {
    const [saved] = await onImport([{ clientId, day: r.day, answers: r.answers, journal: r.journal }]);
    if (!saved) throw new Error(`the check-in of row ${String(r.row)} was not saved`);
    for (const set of sets) await set.save(saved, r.extras);
    done += 1;
  }
  return done;
}

/** Import a mood app's CSV export for one client: preview, per-row errors, duplicates, then only the confirmed rows. */
export function CsvImportPanel({ clients, onImport }: Props) {
  const [today] = useState(localToday);
  const [clientId, setClientId] = useState('');
  const [result, setResult] = useState<CsvCheckInResult | null>(null);
  const [chosen, setChosen] = useState<ReadonlySet<number>>(new Set());
  const [importing, setImporting] = useState(false);
  const stored = useClientCheckIns(clientId).data;
  const columnSets = useChartRegistry().checkInImportColumns.map((c) => c.useColumns(clientId));
  const sets = columnSets.filter((c): c is CheckInImportColumnSet => c !== undefined);
  const loaded = stored !== undefined && sets.length === columnSets.length;

  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file || !stored || !loaded) return;
    const read = readCheckInCsv(await file.text(), new Set(stored.map((c) => c.day)), today, sets);
    setResult(read);
    setChosen(new Set(read.ok ? importableRows(read.rows).map((r) => r.row) : []));
  };
  const rows = result?.ok ? result.rows : [];
  const bad = rows.filter((r) => r.errors.length > 0);
  const confirm = async () => {
    const picked = importableRows(rows).filter((r) => chosen.has(r.row));
    setImporting(true);
    try {
      const done = await saveRows(picked, clientId, sets, onImport);
      notify(`${plural(done, 'check-in')} imported.`);
      setResult(null);
    } catch (error) {
      notify(`The import stopped: ${errorClause(error)}. Rows already imported are kept; choose the file again to see which.`, { failed: true });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="csv-heading">
      <Title order={2} id="csv-heading">
        Import check-ins from a mood app (CSV)
      </Title>
      <Text size="sm">
        Columns: date, mood, anxiety, stress, cravings (0–10), sleep_hours, coping_skills (separated by ;), journal. The header row names them.
      </Text>
      {sets
        .filter((set) => set.names.length > 0)
        .map((set) => (
          <Text size="sm" key={set.names.join()}>
            For this client also: {set.names.join(', ')}. {set.help}
          </Text>
        ))}
      <NativeSelect
        label="Client"
        data={[{ value: '', label: 'Choose a client' }, ...clients.map((c) => ({ value: c.id, label: c.name }))]}
        value={clientId}
        onChange={(e) => {
          setClientId(e.currentTarget.value);
          setResult(null);
        }}
        w={320}
      />
      {clientId && (
        <div>
          <label htmlFor="checkin-csv-file">Mood app CSV file</label>
          <input
            id="checkin-csv-file"
            type="file"
            accept=".csv,text/csv"
            disabled={!loaded}
            onChange={(e) => void pick(e)}
            style={{ display: 'block', marginTop: 4 }}
          />
        </div>
      )}
      {result && !result.ok && (
        <Alert color="red" title="The file cannot be imported" role="alert">
          {result.error}
        </Alert>
      )}
      {bad.length > 0 && (
        <Alert color="orange" title={`${plural(bad.length, 'row')} cannot be imported`}>
          <List>
            {bad.flatMap((r) =>
              r.errors.map((e) => (
                <List.Item key={`${String(r.row)}-${e.column}`}>
                  Row {r.row}, column {e.column}: {e.message}.
                </List.Item>
              )),
            )}
          </List>
        </Alert>
      )}
      {result?.ok && (
        <Preview
          rows={rows}
          extraColumns={result.extraColumns}
          chosen={chosen}
          onToggle={(row, on) => {
            setChosen((c) => new Set(on ? [...c, row] : [...c].filter((x) => x !== row)));
          }}
        />
      )}
      {result?.ok && (
        <Group>
          <Button disabled={chosen.size === 0} loading={importing} onClick={() => void confirm()}>
            Import {plural(chosen.size, 'check-in')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setResult(null);
            }}
          >
            Cancel
          </Button>
        </Group>
      )}
    </Stack>
  );
}
