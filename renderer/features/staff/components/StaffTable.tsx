import { Badge, Button, Group, Table, Text } from '@mantine/core';
import { ROLE_LABELS, type Staff } from '../../../../shared/domain/staff';
import { TableHeader } from '../../../components/TableHeader';

interface Props {
  readonly staff: readonly Staff[];
  /** Shown only to admins: deactivate / reactivate buttons. */
  readonly canManage: boolean;
  readonly currentUserId: string;
  readonly onToggleActive: (member: Staff) => void;
  /** Each member's server accounts still active (by staff id). */
  readonly activeAccounts: ReadonlyMap<string, readonly string[]>;
  /** Opens "Disable server account"; null when this laptop has no clinic server. */
  readonly onDisableAccount: ((member: Staff) => void) | null;
  /** Members with no server account on record (enrolled, if at all, before Waypoint kept records): worth a look-up. */
  readonly unrecorded: ReadonlySet<string>;
}

/** A deactivated member whose server account still works. */
const stillActiveOnServer = (s: Staff, accounts: ReadonlyMap<string, readonly string[]>) => !s.active && (accounts.get(s.id)?.length ?? 0) > 0;

/** The clinic's staff: who they are, their role, and whether they can still sign in. */
export function StaffTable({ staff, canManage, currentUserId, onToggleActive, activeAccounts, onDisableAccount, unrecorded }: Props) {
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
              <Group gap="xs">
                <Badge color={s.active ? 'teal.9' : 'gray.7'} variant="outline">
                  {s.active ? 'Active' : 'Inactive'}
                </Badge>
                {stillActiveOnServer(s, activeAccounts) && (
                  <Badge color="red.9" variant="outline">
                    Server account still active
                  </Badge>
                )}
              </Group>
            </Table.Td>
            {canManage && (
              <Table.Td>
                <Group gap="xs">
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
                  {onDisableAccount && (stillActiveOnServer(s, activeAccounts) || (!s.active && unrecorded.has(s.id))) && (
                    <Button
                      size="xs"
                      color="red"
                      aria-describedby={`staff-name-${s.id}`}
                      onClick={() => {
                        onDisableAccount(s);
                      }}
                    >
                      Disable server account
                    </Button>
                  )}
                </Group>
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
