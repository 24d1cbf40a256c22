import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { htmlToText } from '../../../../shared/domain/notes';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notify } from '../../../components/notify';
import { RichTextSection } from '../../../components/RichTextSection';
import { errorMessage } from '../../../../shared/error-message';

interface Props {
  readonly onSign: (html: string) => Promise<unknown>;
}

/** Writes a correction or later information as a signed addendum; the text stays if signing fails. */
export function AddendumForm({ onSign }: Props) {
  const [html, setHtml] = useState('');
  const [error, setError] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);

  const ask = () => {
    if (htmlToText(html) === '') {
      setError('Write the addendum before signing it.');
      return;
    }
    setError('');
    setConfirming(true);
  };
  const sign = async () => {
    setBusy(true);
    try {
      await onSign(html);
      setHtml('');
      notify('Addendum signed.');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setConfirming(false);
    }
  };

  return (
    <Stack gap="xs">
      <RichTextSection label="New addendum" description="A correction or later information; it is signed and timestamped, and cannot be changed afterwards." value={html} onChange={setHtml} error={error || undefined} />
      {error && !html && <Alert color="red" role="alert">{error}</Alert>}
      <Group justify="flex-end">
        <Button variant="default" onClick={ask}>Sign addendum</Button>
      </Group>
      <ConfirmModal opened={confirming} title="Sign this addendum?" confirmLabel="Sign addendum" busy={busy} onCancel={() => { setConfirming(false); }} onConfirm={() => void sign()}>
        The addendum is added under the note with your name and the time, and cannot be changed afterwards.
      </ConfirmModal>
    </Stack>
  );
}
