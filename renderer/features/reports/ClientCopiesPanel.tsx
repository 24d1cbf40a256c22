import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { ExportOutcomeNote } from './ExportOutcomeNote';
import { usePlansInForce } from './usePlansInForce';
import { usePrintClientCopy } from './useExports';

/** Chart → Reports: the client copies (progress.md §4.4) of the plans in force, each saved as a PDF and audited. */
export function ClientCopiesPanel({ clientId }: { clientId: string }) {
  const { data } = usePlansInForce(clientId);
  const { busy, outcome, print } = usePrintClientCopy();
  const plans = [
    { label: 'treatment plan', version: data?.treatmentPlan ?? null },
    { label: 'safety plan', version: data?.safetyPlan ?? null },
    { label: 'relapse-prevention plan', version: data?.relapsePlan ?? null },
  ];
  const printable = plans.flatMap((p) => (p.version ? [{ ...p, version: p.version }] : []));
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Client copies (PDF)
        </Title>
        <Text size="sm">One page in plain language for the client: crisis numbers first, no scores, diagnoses or clinician notes.</Text>
        {data && printable.length === 0 && <Text size="sm">No signed plan to print yet.</Text>}
        <ExportOutcomeNote outcome={outcome} what="Client copy" />
        {printable.length > 0 && (
          <Group>
            {printable.map((p) => (
              <Button key={p.label} variant="default" loading={busy} onClick={() => void print(p.version)}>
                Save {p.label} client copy
              </Button>
            ))}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
