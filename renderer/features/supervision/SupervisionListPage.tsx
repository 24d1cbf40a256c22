import { Anchor, List, Loader, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { overseesCaseloads } from '../../../shared/domain/staff';
import { DISAGREEMENT_WINDOW_DAYS } from '../../../shared/progress/supervision';
import { DECISION_LABELS } from '../../../shared/progress/reviews/review-types';
import { formatIsoDate } from '../../components/format-date';
import { useSignedIn } from '../../session';
import { planTabPath, reviewPath, reviewTabPath } from './supervision-links';
import { useSupervisionOverview, type SupervisionRow } from './useSupervisionOverview';

interface Item {
  readonly key: string;
  readonly to: string;
  readonly label: string;
  readonly detail: string;
}

function ItemList({ title, items, empty }: { title: string; items: readonly Item[]; empty: string }): ReactNode {
  return (
    <Stack gap="xs" component="section" aria-label={title}>
      <Title order={2} size="h3">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm">{empty}</Text>
      ) : (
        <List>
          {items.map((i) => (
            <List.Item key={i.key}>
              <Anchor component={Link} to={i.to}>
                {i.label}
              </Anchor>{' '}
              <Text span size="sm" c="dimmed">
                {i.detail}
              </Text>
            </List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function Lists({ row }: { row: SupervisionRow }) {
  const plans = row.plansToSign.map((p) => ({
    key: p.versionId,
    to: planTabPath(p.clientId),
    label: `${p.clientName}: plan version ${String(p.version)}`,
    detail: p.status === 'draft' ? 'draft, not signed' : 'signed by the author, awaiting a co-sign',
  }));
  const reviews = row.reviewsToSign.map((r) => ({
    key: r.reviewId,
    to: reviewPath(r.reviewId),
    label: `${r.clientName}: review of ${formatIsoDate(r.asOfDate)}`,
    detail: r.state === 'draft' ? 'draft, not signed' : 'signed, awaiting a supervisor’s co-sign',
  }));
  const differ = row.disagreements.map((d) => ({
    key: d.reviewId,
    to: reviewPath(d.reviewId),
    label: `${d.clientName}: review of ${formatIsoDate(d.asOfDate)}`,
    detail: `decided ${DECISION_LABELS[d.decision].toLowerCase()}; the engine recommended ${DECISION_LABELS[d.recommendation].toLowerCase()}`,
  }));
  const overdue = row.reviewsOverdue.map((o) => ({
    key: o.clientId,
    to: reviewTabPath(o.clientId),
    label: o.clientName,
    detail: `review was due ${formatIsoDate(o.dueOn)}`,
  }));
  return (
    <>
      <ItemList title="Plan versions to sign" items={plans} empty="No plan version waits for a signature." />
      <ItemList title="Reviews to sign or co-sign" items={reviews} empty="No review waits for a signature." />
      <ItemList title={`Decisions that differ from the recommendation (last ${String(DISAGREEMENT_WINDOW_DAYS)} days)`} items={differ} empty="None." />
      <ItemList title="Reviews overdue" items={overdue} empty="No review is overdue." />
    </>
  );
}

function ClinicianLists({ clinicianId }: { clinicianId: string }) {
  const { rows, error } = useSupervisionOverview([clinicianId]);
  const row = rows?.[0];
  if (error) return <Text role="alert">The list could not be read ({error.message}). Lock and unlock Waypoint, then try again.</Text>;
  if (!row) return <Loader aria-label="Loading the list" />;
  return (
    <Stack>
      <Title order={1}>To sign and review: {row.clinicianName}</Title>
      <Lists row={row} />
    </Stack>
  );
}

/** /supervision/:clinicianId: what the supervisor view counts for one clinician, each linking to where it is resolved. */
export function SupervisionListPage() {
  const { clinicianId = '' } = useParams();
  const { user } = useSignedIn();
  return (
    <Stack>
      <Anchor component={Link} to="/dashboard">
        Back to Today
      </Anchor>
      {overseesCaseloads(user.role) ? <ClinicianLists clinicianId={clinicianId} /> : <Text role="alert">This list is for supervisors and admins.</Text>}
    </Stack>
  );
}
