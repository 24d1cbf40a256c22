import { Alert, Badge, Button, Code, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { notify } from '../../components/notify';
import { errorMessage } from '../../../shared/error-message';
import { useSignedIn } from '../../session';
import type { SigningKeyRow } from './signing-key-rows';
import { useCertifyKey, useRenewOwnKey, useRevokeKey, useSigningKeys } from './useSigningKeys';
import { RevokeKeyModal } from './components/RevokeKeyModal';
import { formatInstantDate } from '../../components/format-date';
import { currentSigningSession, useSignerNames } from '../../signing';

const day = (iso: string) => iso.slice(0, 10);

function StateCell({ row }: { readonly row: SigningKeyRow }) {
  const nameOf = useSignerNames();
  if (row.revoked)
    return (
      <Stack gap={2}>
        <Badge color="red.9" tt="none">
          Revoked
        </Badge>
        <Text size="sm">{`On ${formatInstantDate(row.revoked.revokedAt)} by ${nameOf(row.revoked.issuerId)}: ${row.revoked.reason}`}</Text>
      </Stack>
    );
  if (row.root)
    return (
      <Badge color="teal.9" tt="none">
        Certified (clinic trust root)
      </Badge>
    );
  if (row.certified)
    return (
      <Badge color="teal.9" tt="none">
        Certified
      </Badge>
    );
  return (
    <Badge color="orange.9" tt="none">
      Not certified
    </Badge>
  );
}

interface RowActionsProps {
  readonly row: SigningKeyRow;
  /** The signed-in user may not certify or revoke. */
  readonly blocked: boolean;
  readonly onCertify: (row: SigningKeyRow) => Promise<void>;
  readonly onRevoke: (row: SigningKeyRow) => void;
}

/** Certify an uncertified key; revoke a certified one (never the clinic's trust root, never twice). */
function RowActions({ row, blocked, onCertify, onRevoke }: RowActionsProps) {
  if (blocked || !row.staff || row.revoked) return null;
  const name = row.staff.name;
  return (
    <Group gap="xs">
      {!row.certified && (
        <Button size="xs" onClick={() => void onCertify(row)}>
          Certify {name}
        </Button>
      )}
      {row.certified && !row.root && (
        <Button
          size="xs"
          color="red"
          variant="outline"
          onClick={() => {
            onRevoke(row);
          }}
        >
          Revoke {name}’s key
        </Button>
      )}
    </Group>
  );
}

/** The signed-in user's own key on this laptop was revoked: they make a new one, which an admin then certifies. */
function RenewOwnKey() {
  const renew = useRenewOwnKey();
  const [busy, setBusy] = useState(false);
  const onRenew = async () => {
    setBusy(true);
    try {
      const renewed = await renew();
      notify(renewed ? 'New signing key made on this laptop. Ask an admin to certify it.' : 'Your key was not revoked: nothing changed.');
    } catch (e) {
      notify(`No new key: ${errorMessage(e)}`, { failed: true });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Alert color="red" title="Your signing key on this laptop was revoked">
      <Stack gap="xs" align="flex-start">
        <Text size="sm">{`Signatures you make with it show “not verified”. Make a new key; until an admin certifies it, your signatures show “not certified”.`}</Text>
        <Button size="xs" loading={busy} onClick={() => void onRenew()}>
          Make a new signing key
        </Button>
      </Stack>
    </Alert>
  );
}

/** Every staff member's signing key per laptop; an admin compares a fingerprint with its owner, then certifies it. */
export function SigningKeysPage() {
  const view = useSigningKeys();
  const certify = useCertifyKey();
  const revoke = useRevokeKey();
  const [revoking, setRevoking] = useState<SigningKeyRow | null>(null);
  const { user } = useSignedIn();
  const onRevoke = async (row: SigningKeyRow, reason: string) => {
    await revoke(row.key, reason);
    notify(`Signing key of ${row.staff?.name ?? row.key.userId} revoked.`);
  };
  const onCertify = async (row: SigningKeyRow) => {
    try {
      await certify(row.key, row.staff?.role ?? 'therapist');
      notify(`Signing key of ${row.staff?.name ?? row.key.userId} certified.`);
    } catch (e) {
      notify(`Not certified: ${errorMessage(e)}`, { failed: true });
    }
  };
  if (!view) return <Loader aria-label="Loading signing keys" />;
  const ownKeyId = currentSigningSession()?.key.keyId;
  const own = view.rows.find((r) => r.thisLaptop && r.key.userId === user.id && (ownKeyId === undefined || r.key.keyId === ownKeyId));
  return (
    <Stack>
      <Title order={1}>Signing keys</Title>
      <Text>
        Each person signs notes with their own key on each laptop. An admin certifies a key after checking its fingerprint with its owner; only certified keys
        show a signature as verified.
      </Text>
      {own && (
        <Text>
          Your key on this laptop: <Code>{own.key.keyId}</Code>
        </Text>
      )}
      {own?.revoked && <RenewOwnKey />}
      {user.role === 'admin' && view.certifyBlocker && <Alert color="orange">{view.certifyBlocker}</Alert>}
      <Table aria-label="Signing keys">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Staff member</Table.Th>
            <Table.Th>Fingerprint</Table.Th>
            <Table.Th>Laptop</Table.Th>
            <Table.Th>Created</Table.Th>
            <Table.Th>State</Table.Th>
            <Table.Th>Action</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {view.rows.map((row) => (
            <Table.Tr key={row.key.keyId}>
              <Table.Td>{row.staff?.name ?? 'Unknown staff member'}</Table.Td>
              <Table.Td>
                <Code>{row.key.keyId}</Code>
              </Table.Td>
              <Table.Td>{row.thisLaptop ? 'This laptop' : row.key.laptopId.slice(0, 12)}</Table.Td>
              <Table.Td>{day(row.key.createdAt)}</Table.Td>
              <Table.Td>
                <StateCell row={row} />
              </Table.Td>
              <Table.Td>
                <RowActions row={row} blocked={view.certifyBlocker !== ''} onCertify={onCertify} onRevoke={setRevoking} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <RevokeKeyModal
        row={revoking}
        onRevoke={onRevoke}
        onClose={() => {
          setRevoking(null);
        }}
      />
    </Stack>
  );
}
