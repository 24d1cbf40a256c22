import { Alert, List, Text } from '@mantine/core';
import { useMemo } from 'react';
import { map } from 'rxjs';
import { absenceStreak } from '../../../../shared/domain/attendance';
import { formatInstantDate } from '../../../components/format-date';
import { useLiveQuery, watchAttendanceForClient } from '../../../db';

/** The chart's alert when the client's latest two or more sessions were unexcused absences; gone once they attend. */
export function AbsenceAlertBanner({ clientId }: { clientId: string }) {
  const { data } = useLiveQuery((db) => watchAttendanceForClient(db, clientId).pipe(map(absenceStreak)), [clientId]);
  const streak = useMemo(() => data ?? [], [data]);
  if (streak.length === 0) return null;
  return (
    <Alert role="alert" color="red.9" variant="outline" title="Attendance alert">
      <Text>{streak.length} unexcused absences in a row. Reach out to the client and review barriers to attending.</Text>
      <List mt="xs">
        {streak.map((r) => (
          <List.Item key={r.id}>Absent, unexcused ({formatInstantDate(r.sessionAt)})</List.Item>
        ))}
      </List>
    </Alert>
  );
}
