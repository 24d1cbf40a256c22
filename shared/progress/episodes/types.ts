/**
 * Levels of care and episodes (progress.md §0.2): a client's stay is a sequence of level-of-care episodes; admission,
 * transfer and discharge are events, stored append-only (careplans kind `level_of_care_event`, signed on write).
 */

export const EPISODE_EVENT_TYPES = ['admission', 'transfer', 'discharge'] as const;
export type EpisodeEventType = (typeof EPISODE_EVENT_TYPES)[number];

/** Optional structured coding of a level (§0.2 `levelScheme`; `mh` needs none: its code is the level itself). */
export const LEVEL_CODING_SCHEMES = ['asam3', 'asam4', 'locus'] as const;
export type LevelCodingScheme = (typeof LEVEL_CODING_SCHEMES)[number];

export const LEVEL_CODING_LABELS: Readonly<Record<LevelCodingScheme, string>> = {
  asam3: 'ASAM 3rd edition',
  asam4: 'ASAM 4th edition',
  locus: 'LOCUS',
};

/** One level a clinic offers (clinic-configurable; §0.2 mental-health codes by default). */
export interface LevelOfCareOption {
  readonly code: string;
  readonly label: string;
}

export const DEFAULT_LEVELS_OF_CARE: readonly LevelOfCareOption[] = [
  { code: 'PHP', label: 'Partial hospitalization (PHP)' },
  { code: 'IOP', label: 'Intensive outpatient (IOP)' },
  { code: 'OP', label: 'Outpatient (OP)' },
];

export interface LevelCoding {
  readonly scheme: LevelCodingScheme;
  /** e.g. "2.1" (ASAM) or "3" (LOCUS level). */
  readonly code: string;
}

/** One admission, transfer or discharge. */
export interface EpisodeEvent {
  readonly id: string;
  readonly clientId: string;
  readonly type: EpisodeEventType;
  /** ISO date the event took effect (clinic calendar day). */
  readonly occurredOn: string;
  /** The level entered; '' for a discharge. */
  readonly levelOfCareCode: string;
  readonly coding: LevelCoding | null;
  /** Why (transfer: e.g. "sustained improvement"; discharge: the client record's discharge reason). */
  readonly reason: string;
  readonly note: string;
  readonly authorId: string;
  readonly createdAt: string;
}

/** What a clinician enters for an event; id, client, author and time come from the write. */
export type EpisodeEventInput = Pick<EpisodeEvent, 'type' | 'occurredOn' | 'levelOfCareCode' | 'coding' | 'reason' | 'note'>;

/** One stay at one level, from its admission or transfer to the next transfer or the discharge. */
export interface Episode {
  /** The id of the event that opened it. */
  readonly id: string;
  readonly levelOfCareCode: string;
  readonly coding: LevelCoding | null;
  readonly startedOn: string;
  readonly startType: 'admission' | 'transfer';
  readonly endedOn: string | null;
  readonly endType: 'transfer' | 'discharge' | null;
  /** Opening and closing events (a discharge from the client record alone has no event). */
  readonly eventIds: readonly string[];
}
