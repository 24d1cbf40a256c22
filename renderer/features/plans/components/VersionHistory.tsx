import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { TreatmentPlanVersion } from '../../../../shared/progress/plans/types';
import { formatIsoDate } from '../../../components/format-date';
import { VERSION_STATUS_LABELS } from '../plan-text';

/** Every version of the plan, newest first, each readable. */
export function VersionHistory({ versions, onRead }: { readonly versions: readonly TreatmentPlanVersion[]; readonly onRead: (versionId: string) => void }) {
  return (
    <Table aria-label="Plan versions">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Version</Table.Th>
          <Table.Th>Status</Table.Th>
          <Table.Th>Starts</Table.Th>
          <Table.Th>Signed by</Table.Th>
          <Table.Th>
            <VisuallyHidden>Read</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {[...versions].reverse().map((v) => (
          <Table.Tr key={v.versionId}>
            <Table.Td>{v.version}</Table.Td>
            <Table.Td>{VERSION_STATUS_LABELS[v.status]}</Table.Td>
            <Table.Td>{formatIsoDate(v.effectiveFrom)}</Table.Td>
            <Table.Td>
              {v.signatures
                .filter((s) => s.signedAt)
                .map((s) => s.signerName)
                .join(', ') || '—'}
            </Table.Td>
            <Table.Td>
              <Button
                size="compact-sm"
                variant="subtle"
                onClick={() => {
                  onRead(v.versionId);
                }}
              >
                Read version {v.version}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
