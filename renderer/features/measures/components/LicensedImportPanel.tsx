import { Alert, Button, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useState, type ChangeEvent } from 'react';
import {
  LICENCE_GATED_IDS,
  LICENSED_TEXT_FORMAT,
  readLicensedText,
  type InstrumentId,
  type LicensedText,
  type LicensedTextProblem,
} from '../../../../shared/instruments';
import { formatInstantDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import type { ImportedText } from '../licensed-records';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly licensed: ReadonlyMap<InstrumentId, ImportedText>;
  readonly onImport: (texts: readonly LicensedText[], fileName: string) => Promise<void>;
}

type Checked = { readonly fileName: string } & ({ readonly texts: readonly LicensedText[] } | { readonly problems: readonly LicensedTextProblem[] });

function where(p: LicensedTextProblem): string {
  return p.line === null ? p.field : `Line ${String(p.line)}, ${p.field}`;
}

/** Import a clinic's licensed item text as a JSON definition file: checked in full first, then stored all at once. */
export function LicensedImportPanel({ licensed, onImport }: Props) {
  const [checked, setChecked] = useState<Checked | null>(null);
  const [importing, setImporting] = useState(false);
  const pick = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.currentTarget.files?.[0];
    event.currentTarget.value = '';
    if (!file) return;
    const result = readLicensedText(await file.text());
    setChecked(result.ok ? { fileName: file.name, texts: result.texts } : { fileName: file.name, problems: result.problems });
  };
  const confirm = async (texts: readonly LicensedText[], fileName: string) => {
    setImporting(true);
    try {
      await onImport(texts, fileName);
      notify(`Licensed text imported for ${texts.map((t) => t.id).join(', ')}.`);
      setChecked(null);
    } catch (error) {
      notify(`Nothing was imported: ${errorClause(error)}. Try again.`, { failed: true });
    } finally {
      setImporting(false);
    }
  };

  return (
    <Stack component="section" aria-labelledby="licensed-heading">
      <Title order={2} id="licensed-heading">
        Licensed instruments
      </Title>
      <Text size="sm">
        {LICENCE_GATED_IDS.join(', ')} ship without their wording. A clinic that holds a licence imports it as a JSON file (
        {`"format": "${LICENSED_TEXT_FORMAT}"`}); it must match the built-in items and answer values exactly.
      </Text>
      <div>
        <label htmlFor="licensed-file">Instrument definition file (JSON)</label>
        <input id="licensed-file" type="file" accept=".json,application/json" onChange={(e) => void pick(e)} style={{ display: 'block', marginTop: 4 }} />
      </div>
      {checked && 'problems' in checked && (
        <Alert color="red" role="alert" title={`${checked.fileName} was not imported: nothing from it was saved`}>
          <List>
            {checked.problems.map((p) => (
              <List.Item key={`${where(p)} ${p.message}`}>
                {where(p)}: {p.message}
              </List.Item>
            ))}
          </List>
        </Alert>
      )}
      {checked && 'texts' in checked && (
        <Alert color="teal" title={`${checked.fileName} is ready to import`}>
          <Text>
            {checked.texts.map((t) => `${t.id} (${String(t.items.length)} items)`).join(', ')}. Licence: {checked.texts.map((t) => t.licence).join('; ')}.
          </Text>
          <Group mt="sm">
            <Button loading={importing} onClick={() => void confirm(checked.texts, checked.fileName)}>
              Import licensed text
            </Button>
            <Button
              variant="default"
              onClick={() => {
                setChecked(null);
              }}
            >
              Cancel
            </Button>
          </Group>
        </Alert>
      )}
      <Table striped>
        <Table.Caption>Licensed text in use</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Instrument</Table.Th>
            <Table.Th>Licence</Table.Th>
            <Table.Th>Imported</Table.Th>
            <Table.Th>First item</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {LICENCE_GATED_IDS.map((id) => {
            const t = licensed.get(id);
            return (
              <Table.Tr key={id}>
                <Table.Td>{id}</Table.Td>
                <Table.Td>{t?.text.licence ?? 'Not imported'}</Table.Td>
                <Table.Td>{t ? `${formatInstantDate(t.importedAt)} from ${t.fileName}` : '—'}</Table.Td>
                <Table.Td>{t?.text.items[0]?.text ?? '—'}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
