import { useMemo, useState } from 'react';
import { behaviourColumnNames, behaviourImportColumns } from '../../../shared/progress/plans/checkin-import';
import { localToday } from '../../components/format-date';
import type { CheckInImportColumnSet } from '../../modules';
import { useBehaviourActions } from './useBehaviourActions';
import { useClientBehaviours } from './useBehaviours';

const HELP =
  'A column named by a tracked behaviour holds the day’s count (yes/no as 1 or 0); “<behaviour> (week)” holds the total of the 7 days to the row’s date. A blank cell stays unknown, never zero.';

/** The client's tracked behaviours as columns of the check-in CSV import (a check-in import slot); undefined while loading. */
export function useBehaviourImportColumns(clientId: string): CheckInImportColumnSet | undefined {
  const { data } = useClientBehaviours(clientId);
  const actions = useBehaviourActions(clientId);
  const [today] = useState(localToday);
  return useMemo(() => {
    if (!data) return undefined;
    const names = behaviourColumnNames(data.shown);
    return {
      ...behaviourImportColumns(data.shown, data.clinicList, today),
      names,
      help: names.length ? HELP : '',
      save: async (checkIn, cells) => {
        await actions.recordImported(data.shown, checkIn, cells);
      },
    } satisfies CheckInImportColumnSet;
  }, [data, actions, today]);
}
