import { useMemo } from 'react';
import { firstValueFrom, map } from 'rxjs';
import { useActorContext } from '../../session';
import { useDatabase, useLiveQuery, watchClientResponsesOfKind, watchClinicRecords, watchClients } from '../../db';
import { saveCheckIns, saveClinicSkills } from './checkin-actions';
import { allSkills, clinicSkillsOf, toCheckIns, type CheckIn, type CheckInInput } from './checkin-records';
import { localDayOf } from '../../components/format-date';

/** A client's check-ins, oldest first, kept live. */
export function useClientCheckIns(clientId: string) {
  return useLiveQuery((db) => watchClientResponsesOfKind(db, clientId, 'check-in').pipe(map((all) => toCheckIns(all, localDayOf))), [clientId]);
}

/** The clinic's own coping skills and every skill a check-in offers, kept live. */
export function useCopingSkills(): { readonly clinic: readonly string[]; readonly all: readonly string[] } | undefined {
  const { data } = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(clinicSkillsOf)), []);
  return useMemo(() => (data ? { clinic: data, all: allSkills(data) } : undefined), [data]);
}

/** Active clients (id, display name, date of birth), for a check-in round or an import. */
export function useActiveClients() {
  return useLiveQuery(
    (db) =>
      watchClients(db).pipe(
        map((all) => all.filter((c) => c.status === 'active').map((c) => ({ id: c.id, name: `${c.lastName}, ${c.firstName}`, dateOfBirth: c.dateOfBirth }))),
      ),
    [],
  );
}

/** Reads, once, the stored check-ins of some clients (to warn before a second check-in on the same day). */
export function useFindCheckIns(): (clientIds: readonly string[]) => Promise<readonly CheckIn[]> {
  const db = useDatabase();
  return useMemo(
    () => async (clientIds) => {
      const lists = await Promise.all(clientIds.map((id) => firstValueFrom(watchClientResponsesOfKind(db, id, 'check-in'))));
      return lists.flatMap((all) => toCheckIns(all, localDayOf));
    },
    [db],
  );
}

export interface CheckInActions {
  /** Saves check-ins one by one, each with its audit event; returns the ones saved (all, unless one fails). */
  readonly save: (inputs: readonly CheckInInput[], how: string) => Promise<readonly CheckIn[]>;
  readonly saveClinicSkills: (skills: readonly string[]) => Promise<void>;
}

/** Writes check-ins and the clinic's coping-skills list (checkin-actions.ts), bound to the signed-in user. */
export function useCheckInActions(): CheckInActions {
  const ctx = useActorContext();
  return useMemo(
    () => ({
      save: (inputs, how) => saveCheckIns(ctx, inputs, how),
      saveClinicSkills: (skills) => saveClinicSkills(ctx, skills),
    }),
    [ctx],
  );
}
