import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { errorMessage } from '../../shared/error-message';
import { overseesCaseloads } from '../../shared/domain/staff';
import { useSignedIn } from '../session';
import { notify } from './notify';

/** A clinic setting's save: null failure until a save fails; the message of a refused save; notified when saved. */
export function useSettingSave(save: () => Promise<unknown>, savedMessage: string, messageOf: (e: unknown) => string = errorMessage) {
  const [failure, setFailure] = useState<string | null>(null);
  const run = async () => {
    try {
      await save();
      setFailure(null);
      notify(savedMessage);
    } catch (e) {
      setFailure(messageOf(e));
    }
  };
  return { failure, save: run };
}

/** Whether the signed-in user may change clinic settings (supervisors and clinic admins); others see them read-only. */
export function useSettingsReadOnly(): boolean {
  return !overseesCaseloads(useSignedIn().user.role);
}

interface Props {
  /** The heading's element id (the section is labelled by it). */
  readonly id: string;
  readonly title: string;
  /** What the setting does, shown under the heading. */
  readonly description: ReactNode;
  /** "them" or "it": how the read-only note names the setting. */
  readonly pronoun?: 'them' | 'it';
  readonly readOnly: boolean;
  readonly children: ReactNode;
  readonly failure: string | null;
  readonly saveLabel: string;
  readonly canSave: boolean;
  readonly onSave: () => Promise<void>;
  /** Another button beside Save (Undo changes, Use the standard text …). */
  readonly extraAction?: ReactNode;
}

/** One clinic setting on the Settings page: heading, what it does, its fields, a save error, Save (editors only). */
export function SettingPanel({ id, title, description, pronoun = 'them', readOnly, children, failure, saveLabel, canSave, onSave, extraAction }: Props) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack>
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        <Text size="sm">
          {description}
          {readOnly ? ` Only a supervisor or clinic admin can change ${pronoun}.` : ''}
        </Text>
        {children}
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void onSave()} disabled={!canSave}>
              {saveLabel}
            </Button>
            {extraAction}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
