import { Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { clientDisplayName, type Client } from '../../../../shared/domain/client';
import { ageOn } from '../../../../shared/domain/dates';
import { isPart2Client } from '../../../../shared/reports';
import { formatIsoDate } from '../../../components/format-date';
import { ClientStatusBadge } from './ClientStatusBadge';

function Fact({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="xs" c="gray.7" tt="uppercase" fw={600}>
        {term}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

interface Props {
  readonly client: Client;
  readonly clinicianName: string;
  readonly today: string;
  readonly actions: ReactNode;
}

/** Name, pronouns, age, care and dates: the facts a clinician checks before anything else. */
export function ClientHeader({ client, clinicianName, today, actions }: Props) {
  const age = ageOn(client.dateOfBirth, today);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <Group gap="sm" align="baseline">
            <Title order={1}>{clientDisplayName(client)}</Title>
            {client.pronouns && <Text c="gray.7">{client.pronouns}</Text>}
            <ClientStatusBadge status={client.status} />
            {isPart2Client(client) && (
              <Badge
                color="grape"
                variant="light"
                title={client.part2 === undefined ? 'From the program track (not set on the record)' : 'Set on the client record'}
              >
                42 CFR Part 2
              </Badge>
            )}
          </Group>
          <Group gap="xs">{actions}</Group>
        </Group>
        <SimpleGrid component="dl" cols={{ base: 2, sm: 3, md: 6 }} m={0}>
          <Fact term="Age">{Number.isFinite(age) ? `${age} (born ${formatIsoDate(client.dateOfBirth)})` : formatIsoDate(client.dateOfBirth)}</Fact>
          <Fact term="Level of care">{client.levelOfCare}</Fact>
          <Fact term="Program track">{client.program}</Fact>
          <Fact term="Primary clinician">{clinicianName}</Fact>
          <Fact term={client.status === 'planned' ? 'Admission planned' : 'Admitted'}>{formatIsoDate(client.admissionDate)}</Fact>
          {client.dischargeDate && <Fact term="Discharged">{formatIsoDate(client.dischargeDate)}</Fact>}
        </SimpleGrid>
        {client.status === 'planned' && <Text size="sm">Not admitted yet, so nothing is charted. On the day of admission choose Edit, then Admitted.</Text>}
      </Stack>
    </Paper>
  );
}
