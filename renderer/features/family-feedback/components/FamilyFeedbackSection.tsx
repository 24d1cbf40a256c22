import { Box, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Line } from 'react-chartjs-2';
import '../../../charts';
import { FAMILY_ITEMS } from '../../../../shared/instruments';
import { formatIsoDate } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { FAMILY_CHART_OPTIONS, familyChartData, familySummary } from '../family-trend-data';
import type { FamilyFeedback, FamilyFeedbackInput } from '../family-records';
import { useFamilyFeedback, useFamilyFeedbackActions } from '../useFamilyFeedback';
import { FamilyFeedbackForm } from './FamilyFeedbackForm';

function FamilyTrends({ forms }: { forms: readonly FamilyFeedback[] }) {
  if (forms.length === 0) return <Text>No family feedback yet.</Text>;
  return (
    <Stack component="section" aria-labelledby="family-trends-heading">
      <Title order={3} id="family-trends-heading">
        Family feedback over time
      </Title>
      <Box h={240}>
        <Line data={familyChartData(forms, formatIsoDate)} options={FAMILY_CHART_OPTIONS} role="img" aria-label={familySummary(forms)} />
      </Box>
      <Table.ScrollContainer minWidth={720}>
        <Table striped>
          <Table.Caption>Family feedback, oldest first (1 = very poor, 5 = very good)</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Day</Table.Th>
              <Table.Th>Relation</Table.Th>
              {FAMILY_ITEMS.map((i) => (
                <Table.Th key={i.key}>{i.label}</Table.Th>
              ))}
              <Table.Th>Total (4–20)</Table.Th>
              <Table.Th>Comments and concerns</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {forms.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Td>{formatIsoDate(f.day)}</Table.Td>
                <Table.Td>{f.answers.relation}</Table.Td>
                {FAMILY_ITEMS.map((i) => (
                  <Table.Td key={i.key}>{f.answers[i.key]}</Table.Td>
                ))}
                <Table.Td>{f.total}</Table.Td>
                <Table.Td>
                  {[
                    ...FAMILY_ITEMS.flatMap((i) => (f.answers.comments[i.key] ? [`${i.label}: ${f.answers.comments[i.key]}`] : [])),
                    ...(f.concerns ? [`Concerns: ${f.concerns}`] : []),
                  ].join(' · ') || '—'}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

/** The family feedback tab of a client's chart: the form and its trend. */
export function FamilyFeedbackSection({ clientId, canRecord }: { clientId: string; canRecord: boolean }) {
  const { data, error } = useFamilyFeedback(clientId);
  const actions = useFamilyFeedbackActions();
  if (error)
    return <Text role="alert">This client’s family feedback could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  if (!data) return <Loader aria-label="Loading family feedback" />;
  const save = async (input: FamilyFeedbackInput) => {
    await actions.save(input);
    notify('Family feedback saved.');
  };
  return (
    <Stack component="section" aria-labelledby="family-heading">
      <Title order={2} id="family-heading">
        Family feedback
      </Title>
      {canRecord && <FamilyFeedbackForm clientId={clientId} onSave={save} />}
      <FamilyTrends forms={data} />
    </Stack>
  );
}
