import { Anchor, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { Contact } from '../../../../shared/domain/client';
import { TableHeader } from '../../../components/TableHeader';

/** Family and collateral contacts, with phone and email as links. */
export function ContactsCard({ contacts }: { contacts: readonly Contact[] }) {
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">
          Family and collateral contacts
        </Title>
        {contacts.length === 0 ? (
          <Text c="gray.7">No contacts recorded. Add them with Edit.</Text>
        ) : (
          <Table>
            <TableHeader columns={['Name', 'Relation', 'Phone', 'Email']} />
            <Table.Tbody>
              {contacts.map((c, i) => (
                <Table.Tr key={`${c.name}-${String(i)}`}>
                  <Table.Td>{c.name}</Table.Td>
                  <Table.Td>{c.relation}</Table.Td>
                  <Table.Td>{c.phone ? <Anchor href={`tel:${c.phone}`}>{c.phone}</Anchor> : '—'}</Table.Td>
                  <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
