import { Text } from '@mantine/core';
import type { ChartBannerProps } from '../../../modules';
import { useClientEpisodes } from '../useEpisodes';
import { currentLevelText } from './current-level';

/** One line on every chart tab but its own: the current level of care and since when. */
export function CurrentLevelBanner({ client, tab }: ChartBannerProps) {
  const { data } = useClientEpisodes(client);
  const text = data ? currentLevelText(data.episodes) : null;
  if (tab === 'level-of-care' || !text) return null;
  return (
    <Text size="sm" data-testid="current-level">
      Current level of care: {text}
    </Text>
  );
}
