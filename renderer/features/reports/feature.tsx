import { Stack, Title } from '@mantine/core';
import type { ChartTabProps, FeatureModule } from '../../modules';
import { ClientCopiesPanel } from './ClientCopiesPanel';
import { ClientRecordPanel } from './ClientRecordPanel';
import { CsvExportPanel } from './CsvExportPanel';
import { ProgressReportForm } from './ProgressReportForm';

const ReportsTab = ({ client }: ChartTabProps) => (
  <Stack>
    <ProgressReportForm client={client} />
    <ClientCopiesPanel clientId={client.id} />
    <CsvExportPanel scope={{ kind: 'client', clientId: client.id }} client={client} />
    <ClientRecordPanel client={client} />
  </Stack>
);

const ReportsPage = () => (
  <Stack>
    <Title order={1} size="h2">
      Reports and exports
    </Title>
    <CsvExportPanel scope={{ kind: 'caseload' }} />
  </Stack>
);

/** Reports: the chart's Reports tab (progress report PDF, client CSVs) and the caseload exports page. */
export const reportsFeature = {
  name: 'reports',
  routes: [{ path: '/reports', element: <ReportsPage /> }],
  nav: [{ to: '/reports', label: 'Reports', order: 77 }],
  chartTabs: [{ value: 'reports', label: 'Reports', order: 90, Panel: ReportsTab }],
} satisfies FeatureModule;
