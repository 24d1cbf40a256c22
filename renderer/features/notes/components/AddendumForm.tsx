import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { htmlToText } from '../../../../shared/domain/notes';
import { ConfirmModal } from '../../../components/ConfirmModal';
import { notify } from '../../../components/notify';
import { RichTextSection } from '../../../components/RichTextSection';
import { useSubmit } from '../../../components/useSubmit';

interface Props {
  readonly onSign: (html: string) => Promise<unknown>;
}

/** Writes a correction or later information as a signed addendum; the text stays if signing fails. */
export function AddendumForm({ onSign }: Props) {
  const [html, setHtml] = useState('');
  const [confirming, setConfirming] = useState(false);
  const signing = useSubmit(async () => {
    await onSign(html);
    setHtml('');
    notify('Addendum signed.');
  });

  const ask = () => {
    if (htmlToText(html) === '') {
      signing.setError('Write the addendum before signing it.');
      return;
    }
    signing.setError(null);
    setConfirming(true);
  };
  const sign = async () => {
    await signing.run();
    setConfirming(false);
  };

  return (
    <Stack gap="xs">
      <RichTextSection
        label="New addendum"
        description="A correction or later information; it is signed and timestamped, and cannot be changed afterwards."
        value={html}
        onChange={setHtml}
        error={signing.error ?? undefined}
      />
      {signing.error && !html && (
        <Alert color="red" role="alert">
          {signing.error}
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={ask}>
          Sign addendum
        </Button>
      </Group>
      <ConfirmModal
        opened={confirming}
        title="Sign this addendum?"
        confirmLabel="Sign addendum"
        busy={signing.pending}
        onCancel={() => {
          setConfirming(false);
        }}
        onConfirm={() => void sign()}
      >
        The addendum is added under the note with your name and the time, and cannot be changed afterwards.
      </ConfirmModal>
    </Stack>
  );
}
