import { combineLatest, distinctUntilChanged, map, of, switchMap } from 'rxjs';
import { clientDisplayName, type Client } from '../../../shared/domain/client';
import { clientsWithAbsenceAlert } from '../../../shared/domain/attendance';
import { dayRange } from '../../../shared/domain/sessions';
import type { Attendance, Group, Note, Session } from '../../../shared/domain/records';
import type { Staff } from '../../../shared/domain/staff';
import {
  useLiveQuery,
  watchAttendanceForClient,
  watchAttendanceForSession,
  watchAttendanceOfAbsentees,
  watchClientSessions,
  watchClients,
  watchGroup,
  watchGroups,
  watchNotesForClient,
  watchNotesForSession,
  watchSession,
  watchSessionsBetween,
  watchStaff,
} from '../../db';

/** Names for ids: clients ("Last, First"), groups and staff. */
export interface Directory {
  readonly clients: readonly Client[];
  readonly groups: readonly Group[];
  readonly staff: readonly Staff[];
}

/** Display name of a client, group or staff id ('Unknown …' when the record is not on this laptop). */
export function nameIn(dir: Directory) {
  return {
    client: (id: string) => {
      const c = dir.clients.find((x) => x.id === id);
      return c ? clientDisplayName(c) : 'Unknown client';
    },
    group: (id: string) => dir.groups.find((g) => g.id === id)?.name ?? 'Unknown group',
    staff: (id: string) => dir.staff.find((s) => s.id === id)?.name ?? 'Unknown staff member',
  };
}

const directory$ = (db: Parameters<typeof watchClients>[0]) =>
  combineLatest([watchClients(db), watchGroups(db), watchStaff(db)]).pipe(map(([clients, groups, staff]): Directory => ({ clients, groups, staff })));

/** Every group, client and staff member, kept live (pickers and names). */
export function useDirectory() {
  return useLiveQuery((db) => directory$(db), []);
}

/** The sessions starting on one local day, with names, kept live. */
export function useDaySessions(day: string) {
  return useRangeSessions(day, day);
}

/** The sessions starting from the first to the last local day (both included), with names, kept live. */
export function useRangeSessions(firstDay: string, lastDay: string) {
  return useLiveQuery(
    (db) => {
      const { from } = dayRange(firstDay);
      const { to } = dayRange(lastDay);
      return combineLatest([watchSessionsBetween(db, from, to), directory$(db)]).pipe(map(([sessions, dir]) => ({ sessions, dir })));
    },
    [firstDay, lastDay],
  );
}

export interface SessionDetail {
  readonly session: Session | null;
  readonly group: Group | null;
  readonly attendance: readonly Attendance[];
  readonly notes: readonly Note[];
  readonly dir: Directory;
}

/** One session with its group, attendance, notes and names, kept live. */
export function useSessionDetail(sessionId: string) {
  return useLiveQuery(
    (db) => {
      const session$ = watchSession(db, sessionId);
      const group$ = session$.pipe(
        map((s) => s?.groupId ?? ''),
        distinctUntilChanged(),
        switchMap((id) => (id ? watchGroup(db, id) : of(null))),
      );
      return combineLatest([session$, group$, watchAttendanceForSession(db, sessionId), watchNotesForSession(db, sessionId), directory$(db)]).pipe(
        map(([session, group, attendance, notes, dir]): SessionDetail => ({ session, group, attendance, notes, dir })),
      );
    },
    [sessionId],
  );
}

export interface ClientSessionHistory {
  /** Latest first. */
  readonly sessions: readonly Session[];
  /** Oldest session first. */
  readonly attendance: readonly Attendance[];
  /** The client's own notes only: never a group's shared draft or another member's section. */
  readonly notes: readonly Note[];
  readonly dir: Directory;
}

/** A client's sessions (their own and the group sessions they were marked at), attendance and notes, kept live. */
export function useClientSessionHistory(clientId: string) {
  return useLiveQuery(
    (db) => {
      const attendance$ = watchAttendanceForClient(db, clientId);
      const sessions$ = attendance$.pipe(
        map((rs) => [...new Set(rs.map((r) => r.sessionId))].sort().join('\n')),
        distinctUntilChanged(),
        switchMap((ids) => watchClientSessions(db, clientId, ids ? ids.split('\n') : [])),
      );
      return combineLatest([sessions$, attendance$, watchNotesForClient(db, clientId), directory$(db)]).pipe(
        map(([sessions, attendance, notes, dir]): ClientSessionHistory => ({ sessions, attendance, notes, dir })),
      );
    },
    [clientId],
  );
}

const NONE: ReadonlySet<string> = new Set();

/** Ids of clients whose latest two or more sessions were unexcused absences, kept live (client list badge). */
export function useAbsenceAlertClientIds(): ReadonlySet<string> {
  const { data } = useLiveQuery((db) => watchAttendanceOfAbsentees(db).pipe(map(clientsWithAbsenceAlert)), []);
  return data ?? NONE;
}
