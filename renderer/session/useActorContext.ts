import { useMemo } from 'react';
import { useDatabase } from '../db';
import type { ActorContext } from './actor-context';
import { useSignedIn } from './session-context';

const wallClock = (): Date => new Date();

/** The signed-in user's context for use cases; stable while the database and the user stay the same. */
export function useActorContext(): ActorContext {
  const db = useDatabase();
  const { user } = useSignedIn();
  return useMemo(() => ({ db, actor: { id: user.id, role: user.role }, now: wallClock }), [db, user.id, user.role]);
}
