import { Stack } from '@mantine/core';
import type { ChartTabProps, FeatureModule } from '../../modules';
import { ClientChartPage } from './ClientChartPage';
import { ClientFormPage } from './ClientFormPage';
import { ClientsPage } from './ClientsPage';
import { ContactsCard } from './components/ContactsCard';
import { DischargeCard } from './components/DischargeCard';

const DetailsTab = ({ client }: ChartTabProps) => (
  <Stack>
    <DischargeCard client={client} />
    <ContactsCard contacts={client.contacts} />
  </Stack>
);

/** Clients: the list, the form and the chart (which draws the other features' tabs, banners and list signals). */
export const clientsFeature = {
  name: 'clients',
  routes: [
    { path: '/clients', element: <ClientsPage /> },
    { path: '/clients/new', element: <ClientFormPage /> },
    { path: '/clients/:clientId', element: <ClientChartPage /> },
    { path: '/clients/:clientId/edit', element: <ClientFormPage /> },
  ],
  nav: [{ to: '/clients', label: 'Clients', order: 10 }],
  // Details stays the last tab.
  chartTabs: [{ value: 'details', label: 'Details', order: 1000, Panel: DetailsTab }],
} satisfies FeatureModule;
