import { Badge, Button, Table, Text } from '@mantine/core';
import { ROLE_LABELS, type Staff } from '../../../../shared/domain/staff';
import { TableHeader } from '../../../components/TableHeader';

interface Props {
  readonly staff: readonly Staff[];
  /** Shown only to admins: deactivate / reactivate buttons. */
  readonly canManage: boolean;
  readonly currentUserId: string;
  readonly onToggleActive: (member: Staff) => void;
}

/** The clinic's staff: who they are, their role, and whether they can still sign in. */
export function StaffTable({ staff, canManage, currentUserId, onToggleActive }: Props) {
  return (
    <Table striped>
      <Table.Caption>Everyone who can be a clinician, supervisor or admin in this clinic.</Table.Caption>
      <TableHeader columns={['Name', 'Role', 'Credentials', 'Supervised', 'Status', ...(canManage ? ['Actions'] : [])]} />
      <Table.Tbody>
        {staff.map((s) => (
          <Table.Tr key={s.id}>
            <Table.Td id={`staff-name-${s.id}`}>{s.name}</Table.Td>
            <Table.Td>{ROLE_LABELS[s.role]}</Table.Td>
            <Table.Td>{s.credentials || '—'}</Table.Td>
            <Table.Td>{s.supervised ? 'Yes' : 'No'}</Table.Td>
            <Table.Td>
              <Badge color={s.active ? 'teal.9' : 'gray.7'} variant="outline">
                {s.active ? 'Active' : 'Inactive'}
              </Badge>
            </Table.Td>
            {canManage && (
              <Table.Td>
                {s.id === currentUserId ? (
                  <Text size="sm">You</Text>
                ) : (
                  <Button
                    size="xs"
                    variant="default"
                    aria-describedby={`staff-name-${s.id}`}
                    onClick={() => {
                      onToggleActive(s);
                    }}
                  >
                    {s.active ? 'Deactivate' : 'Reactivate'}
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
