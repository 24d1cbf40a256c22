import { Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { nameIn, useDirectory } from './useSessions';
import { plural } from '../../../shared/domain/text';

const collator = new Intl.Collator(undefined, { sensitivity: 'base' });

/** /groups: every group with leader and roster size; open one to edit it or start a session. */
export function GroupsPage() {
  const navigate = useNavigate();
  const { data, error } = useDirectory();
  const groups = data ? [...data.groups].sort((a, b) => collator.compare(a.name, b.name)) : [];
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Groups</Title>
        <Button onClick={() => void navigate('/groups/new')}>New group</Button>
      </Group>
      {error && <Text role="alert">Groups could not be read: {error.message}</Text>}
      {!data && !error && <Loader aria-label="Loading groups" />}
      {data && groups.length === 0 && <Text role="status">No groups yet. Choose “New group” to create one.</Text>}
      {groups.length > 0 && data && (
        <Table striped>
          <Table.Caption>{plural(groups.length, 'group')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Group</Table.Th>
              <Table.Th>Leader</Table.Th>
              <Table.Th>Members</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Session</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {groups.map((g) => (
              <Table.Tr key={g.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/groups/${g.id}/edit`}>
                    {g.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{nameIn(data).staff(g.leaderId)}</Table.Td>
                <Table.Td>{g.memberIds.length}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={g.status === 'active' ? 'teal' : 'gray'} tt="none">
                    {g.status === 'active' ? 'Active' : 'Archived'}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {g.status === 'active' && (
                    <Anchor component={Link} to={`/sessions/new?kind=group&groupId=${g.id}`} aria-label={`New session of ${g.name}`}>
                      New session
                    </Anchor>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
