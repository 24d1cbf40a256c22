import { Alert, Button, Group, NumberInput, Paper, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import type { AppInfo } from '../../../shared/host';
import { getHost } from '../../host';
import { useSignedIn } from '../../session';
import { BackupSection } from '../backup';
import { ProgressRulesSection, RatingsSettingsSection } from '../reviews';
import { ClinicServerSection } from '../sync';
import { ChangePassphraseSection } from '../vault';
import { ClinicContactSection } from './ClinicContactSection';
import { ClinicTimeZoneSection } from './ClinicTimeZoneSection';
import { Part2NoticeSection } from './Part2NoticeSection';
import { errorMessage } from '../../../shared/error-message';

interface Props {
  idleMinutes: number;
  onIdleMinutesChange: (minutes: number) => Promise<void>;
}

function useAppInfo(): AppInfo | null {
  const [info, setInfo] = useState<AppInfo | null>(null);
  useEffect(() => {
    let live = true;
    void getHost()
      .getAppInfo()
      .then((value) => {
        if (live) setInfo(value);
      });
    return () => {
      live = false;
    };
  }, []);
  return info;
}

/** This laptop's settings: auto-lock minutes; version. */
export function SettingsPage({ idleMinutes, onIdleMinutesChange }: Props) {
  const [value, setValue] = useState<number | string>(idleMinutes);
  const [error, setError] = useState<string | null>(null);
  const info = useAppInfo();
  const { user } = useSignedIn();
  const valid = typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 60;

  const save = async () => {
    if (!valid) return;
    try {
      await onIdleMinutesChange(value);
      setError(null);
      notifications.show({ color: 'teal', message: `Waypoint will lock after ${value} idle minutes.` });
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  return (
    <Stack maw={560}>
      <Title order={1}>Settings</Title>
      <Paper withBorder p="md">
        <Stack>
          <Title order={2} size="h4">
            Auto-lock
          </Title>
          <NumberInput
            label="Lock after this many idle minutes"
            description="Between 1 and 60. Waypoint also locks when the computer locks or sleeps."
            min={1}
            max={60}
            clampBehavior="none"
            value={value}
            onChange={setValue}
            error={valid ? null : 'Choose a whole number of minutes from 1 to 60.'}
          />
          {error && (
            <Alert color="red" title="Not saved">
              {error}
            </Alert>
          )}
          <Group>
            <Button onClick={() => void save()} disabled={!valid || value === idleMinutes}>
              Save auto-lock
            </Button>
          </Group>
        </Stack>
      </Paper>
      <ChangePassphraseSection />
      <ClinicServerSection isAdmin={user.role === 'admin'} />
      <ClinicTimeZoneSection />
      <ClinicContactSection />
      <Part2NoticeSection />
      <ProgressRulesSection />
      <RatingsSettingsSection />
      <BackupSection isAdmin={user.role === 'admin'} />
      {info && (
        <Text size="sm" c="dimmed">
          {info.name} {info.version} · {info.host === 'electron' ? 'desktop app' : 'browser'} · {info.platform}
        </Text>
      )}
    </Stack>
  );
}
