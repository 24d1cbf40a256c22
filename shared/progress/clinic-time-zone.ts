/**
 * The clinic's time zone setting (progress.md §0.2: "days are calendar days in the clinic's time zone"): a 'settings'
 * clinic record, newest valid one in force; none (or one set back to '') means the laptop's own zone. Pure: the
 * laptop's zone is a parameter.
 */
import type { ClinicRecord } from '../domain/records';
import { clinicDay } from './snapshot/clinic-day';

/** Where the setting is stored: 'settings' clinic records with this reference. */
export const CLINIC_TIME_ZONE_REF = { collection: 'clinic', id: 'time-zone' } as const;

/** The zone in force and where it came from. */
export interface ClinicTimeZone {
  /** The IANA zone clinic days are counted in. */
  readonly timeZone: string;
  /** The stored setting; '' when unset (the laptop's zone applies). */
  readonly setting: string;
  readonly recordId: string;
  readonly savedAt: string;
  readonly savedBy: string;
}

/** True for a zone this runtime knows (IANA name such as "America/New_York", or "UTC"). */
export function isKnownTimeZone(timeZone: string): boolean {
  if (timeZone.trim() === '' || timeZone !== timeZone.trim()) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The message at the field for a setting that cannot be saved, or null ('' = "use each laptop's zone" is allowed). */
export function timeZoneError(setting: string): string | null {
  if (setting === '' || isKnownTimeZone(setting)) return null;
  return `“${setting}” is not a time zone this computer knows; choose one from the list (e.g. America/New_York).`;
}

const settingOf = (r: ClinicRecord): string | null => (typeof r.data.timeZone === 'string' ? r.data.timeZone : null);

/** The clinic's zone from its settings records: the newest valid record wins; else the laptop's zone. */
export function clinicTimeZoneOf(records: readonly ClinicRecord[], laptopZone: string): ClinicTimeZone {
  const mine = records
    .filter((r) => r.kind === 'settings' && r.refCollection === CLINIC_TIME_ZONE_REF.collection && r.refId === CLINIC_TIME_ZONE_REF.id)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  for (const r of mine) {
    const setting = settingOf(r);
    if (setting === null || timeZoneError(setting) !== null) continue; // a record this laptop cannot use: the next one
    return { timeZone: setting === '' ? laptopZone : setting, setting, recordId: r.id, savedAt: r.createdAt, savedBy: r.authorId };
  }
  return { timeZone: laptopZone, setting: '', recordId: '', savedAt: '', savedBy: '' };
}

/** Today's date in the clinic's zone. */
export function clinicToday(now: Date, timeZone: string): string {
  return clinicDay(now.toISOString(), timeZone);
}
