import { List, Text } from '@mantine/core';
import { ConfirmModal } from '../../components/ConfirmModal';

interface Props {
  readonly opened: boolean;
  readonly onCancel: () => void;
  readonly onConfirm: () => void;
}

/**
 * Before a recovery-key reset on the laptop that holds the clinic's trust root: the reset cannot open the root's
 * private key (sealed under the forgotten passphrase) and makes a new, uncertified key (docs/security.md).
 */
export function TrustRootResetWarning({ opened, onCancel, onConfirm }: Props) {
  return (
    <ConfirmModal
      opened={opened}
      title="This laptop holds the clinic’s signing root"
      confirmLabel="Reset and make a new key"
      color="red"
      onConfirm={onConfirm}
      onCancel={onCancel}
    >
      <Text>
        Your signing key on this laptop is the clinic’s trust root: the key other laptops check signing keys against. A reset with the recovery key cannot open
        it, so it is replaced by a new key that no laptop trusts until an admin certifies it. Signatures already made stay verified.
      </Text>
      <List spacing="xs">
        <List.Item>If you can remember your passphrase, cancel and unlock with it: the root key stays.</List.Item>
        <List.Item>If another admin has a certified signing key, they can certify your new key on the Signing keys page after the reset.</List.Item>
        <List.Item>
          If no other admin has one, nobody can certify or revoke signing keys after the reset: new keys show “not certified” until the clinic’s trust root is
          made again, which this version of Waypoint cannot do.
        </List.Item>
      </List>
    </ConfirmModal>
  );
}
