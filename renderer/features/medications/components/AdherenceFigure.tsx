import { Text } from '@mantine/core';
import type { AdherenceWindow } from '../../../../shared/domain/medication-adherence';
import type { Medication } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { adherenceSentence, notRecordedText } from '../adherence-text';

/** The one adherence figure (tab and visit), and the "not recorded" state when too little is recorded to judge it. */
export function AdherenceFigure({ adherence, medications }: { adherence: AdherenceWindow; medications: readonly Medication[] }) {
  return (
    <>
      <Text>{adherenceSentence(adherence, medications, formatIsoDate)}</Text>
      {adherence.status === 'not-recorded' && (
        <Text role="status" c="#9c3706">
          {notRecordedText(adherence, medications)}
        </Text>
      )}
    </>
  );
}
