import { AppShell, Badge, Button, Group, NavLink, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { Link, Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { SyncIndicator } from '../features/sync';
import { getHost } from '../host';
import { APP_NOTICES, LANDING, NAV, ROUTES } from './features';
import { useSignedIn } from '../session';
import { ROLE_LABELS } from '../../shared/domain/staff';
import type { MenuCommand } from '../../shared/host';

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

/** Header with clinic, user and Lock; navigation; the routed page (each feature's routes and nav, from app/features.ts). */
export function AppLayout() {
  const session = useSignedIn();
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
        {NAV.map(({ to, label, badge: NavBadge }) => (
          <NavLink
            key={to}
            component={Link}
            to={to}
            label={label}
            rightSection={NavBadge ? <NavBadge /> : undefined}
            variant="filled"
            color="teal.9"
            active={location.pathname.startsWith(to)}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main>
        {APP_NOTICES.map(({ key, Notice }) => (
          <Notice key={key} />
        ))}
        <Routes>
          <Route path="/" element={<Navigate to={LANDING} replace />} />
          {ROUTES.map((r) => (
            <Route key={r.path} path={r.path} element={r.element} />
          ))}
          <Route path="*" element={<Navigate to={LANDING} replace />} />
        </Routes>
      </AppShell.Main>
    </AppShell>
  );
}
