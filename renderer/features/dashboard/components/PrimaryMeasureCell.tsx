import { Group, Text, VisuallyHidden } from '@mantine/core';
import { getInstrument } from '../../../../shared/instruments';
import type { CaseloadFigures, ChangeArrow } from '../../../../shared/progress/alerts';
import { Sparkline } from './Sparkline';

const ARROWS: Readonly<Record<ChangeArrow, { glyph: string; words: string; colour: string }>> = {
  improved: { glyph: '↓', words: 'reliably improved', colour: 'teal.9' },
  worse: { glyph: '↑', words: 'reliably worse', colour: 'red.9' },
  no_change: { glyph: '→', words: 'no reliable change', colour: 'dark.6' },
};

/** Hue from green (least severe band) to red (most severe), solid, for the swatch beside the band's name. */
function bandSwatch(instrumentId: string, band: string | null): { colour: string; label: string } | null {
  const bands = getInstrument(instrumentId)?.bands ?? [];
  const index = bands.findIndex((b) => b.id === band);
  const found = bands[index];
  if (!found) return null;
  const severity = bands.length > 1 ? index / (bands.length - 1) : 0;
  return { colour: `hsl(${String(Math.round(130 * (1 - severity)))}, 70%, 45%)`, label: found.label };
}

/** Latest primary score with its band colour, reliable-change arrow (vs baseline) and the last 8 scores. */
export function PrimaryMeasureCell({ primary }: { primary: CaseloadFigures['primary'] }) {
  if (!primary)
    return (
      <Text size="sm" c="dimmed">
        none yet
      </Text>
    );
  const swatch = bandSwatch(primary.instrumentId, primary.latest.band);
  const arrow = primary.change ? ARROWS[primary.change] : null;
  return (
    <Group gap={6} wrap="nowrap">
      <Text size="sm" fw={600}>
        {primary.instrumentId} {primary.latest.score}
      </Text>
      {swatch && (
        <Group gap={4} wrap="nowrap">
          <span aria-hidden="true" style={{ display: 'inline-block', width: 10, height: 10, borderRadius: 5, background: swatch.colour }} />
          <Text size="sm">{swatch.label}</Text>
        </Group>
      )}
      {arrow && (
        <Text size="sm" c={arrow.colour} title={arrow.words}>
          <span aria-hidden="true">{arrow.glyph}</span>
          <VisuallyHidden> {arrow.words}</VisuallyHidden>
        </Text>
      )}
      <Sparkline values={primary.sparkline} />
    </Group>
  );
}
