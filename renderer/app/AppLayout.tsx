import { AppShell, Badge, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { AuditPage, SettingsPage } from '../features/settings';
import { ClientChartPage, ClientFormPage, ClientsPage } from '../features/clients';
import { StaffPage } from '../features/staff';
import { CheckInRoundPage, MeasuresSettingsPage } from '../features/measures';
import { GroupFormPage, GroupsPage, SchedulePage, SessionFormPage, SessionPage } from '../features/sessions';
import { NewNotePage, NoteEditorPage, UnsignedNotesPage } from '../features/notes';
import { ConflictsPage, OpenConflictsBadge, SyncIndicator } from '../features/sync';
import { CaseloadPage } from '../features/medications';
import { getHost } from '../host';
import { useSession } from './session-context';
import { ROLE_LABELS } from '../../shared/domain/staff';
import type { MenuCommand } from '../../shared/host';

const NAV = [
  { to: '/clients', label: 'Clients' },
  { to: '/sessions', label: 'Schedule' },
  { to: '/groups', label: 'Groups' },
  { to: '/notes/unsigned', label: 'Unsigned notes' },
  { to: '/checkins', label: 'Check-ins' },
  { to: '/medications', label: 'Medications' },
  { to: '/measures/settings', label: 'Measures settings' },
  { to: '/staff', label: 'Staff' },
  { to: '/audit', label: 'Audit log' },
  { to: '/conflicts', label: 'Conflicts' },
  { to: '/settings', label: 'Settings' },
] as const;

const MENU_ROUTES: Partial<Record<MenuCommand, string>> = {
  'new-client': '/clients/new',
  'go-clients': '/clients',
  'go-staff': '/staff',
  'go-settings': '/settings',
};

function useMenuNavigation(): void {
  const navigate = useNavigate();
  useEffect(
    () =>
      getHost().onHostEvent((event) => {
        if (event.type !== 'menu') return;
        const route = MENU_ROUTES[event.command];
        if (route) void navigate(route);
      }),
    [navigate],
  );
}

interface Props {
  idleMinutes: number;
  onIdleMinutesChange: (minutes: number) => Promise<void>;
}

/** Header with clinic, user and Lock; navigation; the routed page. */
export function AppLayout({ idleMinutes, onIdleMinutesChange }: Props) {
  const session = useSession();
  const location = useLocation();
  useMenuNavigation();
  return (
    <AppShell header={{ height: 56 }} navbar={{ width: 200, breakpoint: 'xs' }} padding="md">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between">
          <Group gap="xs">
            <Title order={2} size="h4">
              Waypoint
            </Title>
            <Text c="dimmed">{session.clinicName}</Text>
          </Group>
          <Group gap="sm">
            <SyncIndicator />
            <Text size="sm">{session.user.name}</Text>
            <Badge variant="light">{ROLE_LABELS[session.user.role]}</Badge>
            <Button variant="default" size="xs" onClick={session.lock} title="Lock (Ctrl+L)">
              Lock
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {NAV.map((item) => (
          <NavLink
            key={item.to}
            component={Link}
            to={item.to}
            label={item.label}
            rightSection={item.to === '/conflicts' ? <OpenConflictsBadge /> : undefined}
            variant="filled"
            color="teal.9"
            active={location.pathname.startsWith(item.to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        <Routes>
          <Route path="/" element={<Navigate to="/clients" replace />} />
          <Route path="/clients" element={<ClientsPage />} />
          <Route path="/clients/new" element={<ClientFormPage />} />
          <Route path="/clients/:clientId" element={<ClientChartPage />} />
          <Route path="/clients/:clientId/edit" element={<ClientFormPage />} />
          <Route path="/notes/unsigned" element={<UnsignedNotesPage />} />
          <Route path="/notes/new" element={<NewNotePage />} />
          <Route path="/notes/:noteId" element={<NoteEditorPage />} />
          <Route path="/sessions" element={<SchedulePage />} />
          <Route path="/sessions/new" element={<SessionFormPage />} />
          <Route path="/sessions/:sessionId" element={<SessionPage />} />
          <Route path="/sessions/:sessionId/edit" element={<SessionFormPage />} />
          <Route path="/groups" element={<GroupsPage />} />
          <Route path="/groups/new" element={<GroupFormPage />} />
          <Route path="/groups/:groupId/edit" element={<GroupFormPage />} />
          <Route path="/checkins" element={<CheckInRoundPage />} />
          <Route path="/medications" element={<CaseloadPage />} />
          <Route path="/measures/settings" element={<MeasuresSettingsPage />} />
          <Route path="/staff" element={<StaffPage />} />
          <Route path="/audit" element={<AuditPage />} />
          <Route path="/conflicts" element={<ConflictsPage />} />
          <Route path="/settings" element={<SettingsPage idleMinutes={idleMinutes} onIdleMinutesChange={onIdleMinutesChange} />} />
          <Route path="*" element={<Navigate to="/clients" replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
