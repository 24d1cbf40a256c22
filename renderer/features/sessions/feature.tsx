import { Badge } from '@mantine/core';
import type { ChartBannerProps, ChartTabProps, FeatureModule } from '../../modules';
import { AbsenceAlertBanner } from './components/AbsenceAlertBanner';
import { ClientSessionsSection } from './components/ClientSessionsSection';
import { GroupFormPage } from './GroupFormPage';
import { GroupsPage } from './GroupsPage';
import { SchedulePage } from './SchedulePage';
import { SessionFormPage } from './SessionFormPage';
import { SessionPage } from './SessionPage';
import { useAbsenceAlertClientIds } from './useSessions';

const SessionsTab = ({ client }: ChartTabProps) => <ClientSessionsSection clientId={client.id} />;
const AbsenceBanner = ({ client }: ChartBannerProps) => <AbsenceAlertBanner clientId={client.id} />;
const AttendanceAlertBadge = () => (
  <Badge color="orange" variant="light" tt="none">
    Attendance alert
  </Badge>
);

/** Sessions and groups: schedule and group pages, the chart's Sessions tab, the absence banner and badge. */
export const sessionsFeature = {
  name: 'sessions',
  routes: [
    { path: '/sessions', element: <SchedulePage /> },
    { path: '/sessions/new', element: <SessionFormPage /> },
    { path: '/sessions/:sessionId', element: <SessionPage /> },
    { path: '/sessions/:sessionId/edit', element: <SessionFormPage /> },
    { path: '/groups', element: <GroupsPage /> },
    { path: '/groups/new', element: <GroupFormPage /> },
    { path: '/groups/:groupId/edit', element: <GroupFormPage /> },
  ],
  nav: [
    { to: '/sessions', label: 'Schedule', order: 20 },
    { to: '/groups', label: 'Groups', order: 30 },
  ],
  chartTabs: [{ value: 'sessions', label: 'Sessions', order: 40, Panel: SessionsTab }],
  chartBanners: [{ key: 'absence', order: 20, Banner: AbsenceBanner }],
  clientSignals: [{ key: 'absence-alert', order: 20, spoken: 'attendance alert', useClientIds: useAbsenceAlertClientIds, Badge: AttendanceAlertBadge }],
} satisfies FeatureModule;
