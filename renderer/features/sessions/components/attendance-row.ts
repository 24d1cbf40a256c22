import type { Attendance, RecordInput } from '../../../../shared/domain/records';
import { attended, type AttendanceStatus } from '../../../../shared/domain/attendance';

/** One member's row while it is edited: status '' until marked. */
export interface RowValues {
  readonly status: AttendanceStatus | '';
  readonly engagement: string;
  readonly connectionProblems: readonly string[];
  readonly participationNote: string;
  readonly communicationNote: string;
  readonly regulationNote: string;
}

/** The row of a stored record, or an unmarked one. */
export function rowOf(record: Attendance | undefined): RowValues {
  if (!record) return { status: '', engagement: '', connectionProblems: [], participationNote: '', communicationNote: '', regulationNote: '' };
  return {
    status: record.status,
    engagement: record.engagement === null ? '' : String(record.engagement),
    connectionProblems: record.connectionProblems,
    participationNote: record.participationNote,
    communicationNote: record.communicationNote,
    regulationNote: record.regulationNote,
  };
}

/** The record to store for a marked row (null while unmarked); an absence has no engagement rating. */
export function rowToInput(row: RowValues, sessionId: string, clientId: string, sessionAt: string): RecordInput<Attendance> | null {
  if (row.status === '') return null;
  const rating = Number(row.engagement);
  return {
    sessionId,
    clientId,
    sessionAt,
    status: row.status,
    engagement: attended(row.status) && rating >= 1 && rating <= 5 ? rating : null,
    connectionProblems: [...row.connectionProblems],
    participationNote: row.participationNote.trim(),
    communicationNote: row.communicationNote.trim(),
    regulationNote: row.regulationNote.trim(),
  };
}
