import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { overseesCaseloads } from '../../../../shared/domain/staff';
import { plural } from '../../../../shared/domain/text';
import { DISAGREEMENT_WINDOW_DAYS } from '../../../../shared/progress/supervision';
import { formatIsoDate } from '../../../components/format-date';
import { TableHeader } from '../../../components/TableHeader';
import type { DashboardEntryProps } from '../../../modules';
import { useSignedIn } from '../../../session';
import { reviewTabPath, supervisionListPath } from '../supervision-links';
import { useSupervisionOverview, type SupervisionRow } from '../useSupervisionOverview';

/** A count linking to the clinician's list (plain text when there is nothing to open). */
function CountLink({ row, count, noun, what }: { row: SupervisionRow; count: number; noun: string; what: string }) {
  if (count === 0) return <Text size="sm">0</Text>;
  return (
    <Anchor component={Link} to={supervisionListPath(row.clinicianId)} aria-label={`${plural(count, noun)} ${what}: ${row.clinicianName}`} fw={700}>
      {count}
    </Anchor>
  );
}

function Row({ row }: { row: SupervisionRow }) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{row.clinicianName}</Table.Th>
      <Table.Td>
        <CountLink row={row} count={row.plansToSign.length} noun="plan version" what="to sign" />
      </Table.Td>
      <Table.Td>
        <CountLink row={row} count={row.reviewsToSign.length} noun="review" what="to sign or co-sign" />
      </Table.Td>
      <Table.Td>
        <CountLink row={row} count={row.disagreements.length} noun="decision" what="differing from the recommendation" />
      </Table.Td>
      <Table.Td>
        {row.reviewsOverdue.length === 0 ? (
          <Text size="sm">none</Text>
        ) : (
          <Group gap="xs">
            {row.reviewsOverdue.map((o) => (
              <Anchor key={o.clientId} component={Link} to={reviewTabPath(o.clientId)} size="sm">
                {o.clientName} (due {formatIsoDate(o.dueOn)})
              </Anchor>
            ))}
          </Group>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

/** The rows of the clinicians in view, or what stands in for them. */
function SupervisionTable({ clinicianIds }: DashboardEntryProps) {
  const { rows, error } = useSupervisionOverview(clinicianIds);
  if (error) return <Text role="alert">The supervisor view could not be read ({error.message}). Lock and unlock Waypoint, then try again.</Text>;
  if (!rows) return <Text size="sm">Counting…</Text>;
  if (clinicianIds?.length === 0) return <Text role="status">Pick one or more clinicians to see what waits for them.</Text>;
  if (rows.length === 0) return <Text role="status">Nothing to sign and no review overdue.</Text>;
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped aria-label="Supervisor view">
        <Table.Caption>
          Clients count under their primary clinician. Decisions that differ from the engine’s recommendation are counted over signed reviews of the last{' '}
          {DISAGREEMENT_WINDOW_DAYS} days.
        </Table.Caption>
        <TableHeader
          columns={[
            'Clinician',
            'Plan versions to sign',
            'Reviews to sign or co-sign',
            `Decision differs from recommendation (last ${String(DISAGREEMENT_WINDOW_DAYS)} days)`,
            'Reviews overdue',
          ]}
        />
        <Table.Tbody>
          {rows.map((r) => (
            <Row key={r.clinicianId} row={r} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Dashboard, for supervisors and admins (progress.md §6.1 item 4): signatures owed, disagreements and overdue reviews per clinician. */
export function SupervisorView({ clinicianIds }: DashboardEntryProps) {
  const { user } = useSignedIn();
  if (!overseesCaseloads(user.role)) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="supervisor-view-heading">
      <Title order={2} size="h3" id="supervisor-view-heading">
        Supervisor view
      </Title>
      <SupervisionTable clinicianIds={clinicianIds} />
    </Stack>
  );
}
