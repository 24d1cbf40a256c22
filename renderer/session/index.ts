export { SignedInContext, useSignedIn, type SignedIn, type SignedInUser } from './session-context';
export { writeStamp, type Actor, type ActorContext } from './actor-context';
export { useActorContext } from './useActorContext';
export {
  followClinicTimeZone,
  laptopTimeZone,
  useClinicTimeZone,
  useClinicToday,
  useClinicTimeZoneSetting,
  watchClinicTimeZone,
  watchClinicTimeZoneSetting,
} from './clinic-time-zone';
