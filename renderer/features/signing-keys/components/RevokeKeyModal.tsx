import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useSubmit } from '../../../components/useSubmit';
import { REVOCATION_REASON_REQUIRED } from '../../../signing/revocation';
import type { SigningKeyRow } from '../signing-key-rows';

interface Props {
  /** The key to revoke; null: closed. */
  readonly row: SigningKeyRow | null;
  readonly onRevoke: (row: SigningKeyRow, reason: string) => Promise<void>;
  readonly onClose: () => void;
}

/** Revokes a key from now on, with a required reason (issue 18 item 6): earlier signatures stay verified. */
export function RevokeKeyModal({ row, onRevoke, onClose }: Props) {
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const revoking = useSubmit(async (target: SigningKeyRow) => {
    await onRevoke(target, reason);
    setReason('');
  });
  const close = () => {
    revoking.setError(null);
    setMissing(false);
    onClose();
  };
  const submit = async () => {
    if (!row) return;
    if (!reason.trim()) {
      setMissing(true);
      return;
    }
    setMissing(false);
    if (await revoking.run(row)) onClose();
  };
  const name = row?.staff?.name ?? 'this staff member';
  return (
    <Modal opened={row !== null} onClose={close} title={`Revoke ${name}’s signing key`} centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <Stack>
          <Text>
            {`From now on, signatures made with this key (${row?.key.keyId ?? ''}) show as not verified. Signatures it made before now stay verified and say the key was revoked. This cannot be undone; ${name}’s keys on other laptops are not affected.`}
          </Text>
          <Textarea
            label="Reason"
            required
            value={reason}
            onChange={(e) => {
              setReason(e.currentTarget.value);
            }}
            error={missing ? REVOCATION_REASON_REQUIRED : undefined}
          />
          {revoking.error && (
            <Alert color="red" title="The key was not revoked" role="alert">
              {revoking.error}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={revoking.pending}>
              Revoke key
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
