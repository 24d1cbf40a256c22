/** Calendar days in the clinic's time zone (progress.md §0.2): the evidence snapshot's one implementation. */
export { clinicDay as clinicDayOf } from '../snapshot/clinic-day';
