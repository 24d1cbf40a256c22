import { List, Text } from '@mantine/core';
import { resultText } from '../../../../shared/instruments';
import { formatInstantDate } from '../../../components/format-date';
import type { CorrectionStep } from '../corrections';
import type { MeasureResponse } from '../measure-records';

interface Props {
  readonly steps: readonly CorrectionStep[];
  readonly staffNames: ReadonlyMap<string, string>;
}

const result = (r: MeasureResponse) => resultText({ instrumentId: r.instrumentId, score: r.total, band: r.band, flags: r.flags, answers: r.answers });

/** A response's corrections, newest first: who corrected it when and why, and what the replaced response said. */
export function CorrectionHistory({ steps, staffNames }: Props) {
  return (
    <List size="sm" spacing={4}>
      {steps.map(({ by, previous }) => {
        const who = staffNames.get(by.authorId) ?? 'an unknown staff member';
        const moved = by.completedAt === previous.completedAt ? '' : ` (administered on ${formatInstantDate(previous.completedAt)})`;
        return (
          <List.Item key={by.id}>
            <Text size="sm" span>
              {`Corrected on ${formatInstantDate(by.createdAt)} by ${who}. Reason: ${by.correctionReason || 'none given (corrected before reasons were recorded)'}. `}
              {`Before: ${result(previous)}${moved}.`}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
