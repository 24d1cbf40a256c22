import { Stack, Table } from '@mantine/core';
import { useRef } from 'react';
import { useChartRegistry, type CheckInPart } from '../../../modules';
import type { CheckIn } from '../checkin-records';

export interface RoundSections {
  readonly sections: ReturnType<typeof useChartRegistry>['checkInSections'];
  readonly bindFor: (clientId: string, key: string) => (part: CheckInPart) => void;
  /** Checks every section of one client's row and shows their messages; false keeps the row unsaved. */
  readonly check: (clientId: string) => boolean;
  /** Saves each saved check-in's sections against it, then empties them. */
  readonly saveFor: (saved: readonly CheckIn[]) => Promise<void>;
}

/** Other features' check-in sections (e.g. target-behaviour counts) for each client of a round, as the daily check-in has them. */
export function useRoundSections(): RoundSections {
  const { checkInSections } = useChartRegistry();
  const parts = useRef(new Map<string, Map<string, CheckInPart>>());
  const partsOf = (clientId: string) => [...(parts.current.get(clientId)?.values() ?? [])];
  return {
    sections: checkInSections,
    bindFor: (clientId, key) => (part) => {
      const mine = parts.current.get(clientId) ?? new Map<string, CheckInPart>();
      mine.set(key, part);
      parts.current.set(clientId, mine);
    },
    check: (clientId) =>
      partsOf(clientId)
        .map((p) => p.check())
        .every(Boolean),
    saveFor: async (saved) => {
      for (const c of saved) for (const p of partsOf(c.clientId)) await p.save({ id: c.id, day: c.day });
      for (const c of saved) for (const p of partsOf(c.clientId)) p.clear();
    },
  };
}

/** The row under a client's check-in row holding the sections' fields (nothing when no section has any for the client). */
export function RoundSectionsRow({
  round,
  clientId,
  name,
  day,
  today,
  columns,
}: {
  readonly round: RoundSections;
  readonly clientId: string;
  readonly name: string;
  readonly day: string;
  readonly today: string;
  readonly columns: number;
}) {
  const shown = round.sections.map((s) => ({ ...s, has: s.useHasFields?.(clientId) ?? true })).filter((s) => s.has);
  if (shown.length === 0) return null;
  return (
    <Table.Tr>
      <Table.Td colSpan={columns}>
        <Stack role="group" aria-label={`${name}: more of the check-in`} gap="xs">
          {shown.map(({ key, Section }) => (
            <Section key={key} clientId={clientId} day={day} today={today} bind={round.bindFor(clientId, key)} />
          ))}
        </Stack>
      </Table.Td>
    </Table.Tr>
  );
}
