import { Paper, Stack, Text, Title } from '@mantine/core';
import type { Client } from '../../../../shared/domain/client';
import { formatIsoDate } from '../../../components/format-date';

/** Why and when the client was discharged. */
export function DischargeCard({ client }: { client: Client }) {
  if (client.status !== 'discharged') return null;
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={2} size="h4">
          Discharge
        </Title>
        <Text>
          Discharged on {client.dischargeDate ? formatIsoDate(client.dischargeDate) : 'an unknown date'}
          {client.dischargeReason ? ` — ${client.dischargeReason}` : ''}.
        </Text>
        {client.dischargeNote && <Text style={{ whiteSpace: 'pre-wrap' }}>{client.dischargeNote}</Text>}
      </Stack>
    </Paper>
  );
}
