import { Progress, Stack, Text } from '@mantine/core';
import { copyCountText, timeLeftText } from '../../../../shared/sync/time-left';
import type { ClinicSync } from '../../../sync/replication';
import { useFirstPull } from '../useFirstPull';

/**
 * Beside the sync status while a new laptop's first pull goes on after the person started working (issue 17 item 3):
 * how many of the clinic's records have arrived, and about how long the rest will take.
 */
export function FirstPullProgress({ sync }: { readonly sync: ClinicSync | null }) {
  const progress = useFirstPull(sync);
  if (progress?.step !== 'pulling' || progress.total <= 0) return null;
  const left = timeLeftText(progress);
  return (
    <Stack gap={2} w={200} role="status" aria-label="Copying the clinic’s records">
      <Text size="xs" lh={1.2}>
        Copying records: {copyCountText(progress)}
        {left ? ` — ${left}` : ''}
      </Text>
      <Progress size="xs" value={(100 * progress.done) / progress.total} aria-label="Records copied" />
    </Stack>
  );
}
