import { Anchor, Table, Text } from '@mantine/core';
import { Link } from 'react-router';
import type { CaseloadAlert } from '../../../../shared/progress/alerts';
import type { Recommendation } from '../../../../shared/progress/recommendation/rules';
import { formatIsoDate } from '../../../components/format-date';
import { ALERT_LABELS } from '../alert-labels';
import { useAlertLink } from '../useAlertLink';
import type { CaseloadRow } from '../useCaseloadDashboard';
import { PrimaryMeasureCell } from './PrimaryMeasureCell';
import { TableHeader } from '../../../components/TableHeader';

const RECOMMENDATION_LABELS: Readonly<Record<Recommendation, string>> = {
  continue: 'Continue',
  step_down: 'Step down',
  intensify: 'Intensify',
  discharge: 'Discharge',
};

function Row({ row, top }: { row: CaseloadRow; top: CaseloadAlert | undefined }) {
  const f = row.figures;
  const alertLink = useAlertLink();
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <Anchor component={Link} to={`/clients/${row.clientId}`}>
          {row.name}
        </Anchor>
      </Table.Th>
      <Table.Td>
        {row.levelOfCare}, day {f.dayInProgram}
      </Table.Td>
      <Table.Td>
        <PrimaryMeasureCell primary={f.primary} />
      </Table.Td>
      <Table.Td>{f.attendancePct === null ? '—' : `${String(f.attendancePct)} %`}</Table.Td>
      <Table.Td>{f.daysSinceAttended}</Table.Td>
      <Table.Td>{f.nextReviewOn ? formatIsoDate(f.nextReviewOn) : '—'}</Table.Td>
      <Table.Td>{f.recommendation ? RECOMMENDATION_LABELS[f.recommendation] : ''}</Table.Td>
      <Table.Td>
        {top ? (
          <Anchor component={Link} to={alertLink(top.id, top.clientId)}>
            {ALERT_LABELS[top.id]}
          </Anchor>
        ) : (
          <Text size="sm" c="dimmed">
            none
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The caseload (progress.md §6.1 item 3): one row per active client in view. */
export function CaseloadTable({ rows, topByClient }: { rows: readonly CaseloadRow[]; topByClient: ReadonlyMap<string, CaseloadAlert> }) {
  if (rows.length === 0) return <Text role="status">No active clients in this caseload.</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped aria-label="Caseload">
        <Table.Caption>Attendance is over the last 28 days; the arrow compares the latest primary score with the baseline.</Table.Caption>
        <TableHeader
          columns={['Client', 'Level of care', 'Primary measure', 'Attendance', 'Days since attended', 'Next review', 'Recommendation', 'Top alert']}
        />
        <Table.Tbody>
          {rows.map((r) => (
            <Row key={r.clientId} row={r} top={topByClient.get(r.clientId)} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
