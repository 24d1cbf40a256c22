import type { ComponentType, ReactNode } from 'react';
import type { Client } from '../../shared/domain/client';
import type { ChartMarker } from '../charts';
import type { CsvExtraColumns } from '../../shared/instruments';
import type { SafetyEventAlertLink } from '../../shared/progress/safety-plans';

/** What a chart tab's panel gets: the client, and whether the chart may be written to (the client is active). */
export interface ChartTabProps {
  readonly client: Client;
  readonly canEdit: boolean;
}

/** What a chart banner gets: the chart's props and the tab that is open (a banner may hide on its own tab). */
export interface ChartBannerProps extends ChartTabProps {
  readonly tab: string;
}

export interface FeatureRoute {
  readonly path: string;
  readonly element: ReactNode;
}

export interface NavEntry {
  readonly to: string;
  readonly label: string;
  /** Position in the navigation, lowest first. */
  readonly order: number;
  /** A count shown beside the label (e.g. open conflicts); renders nothing when there is nothing to count. */
  readonly badge?: ComponentType;
}

export interface ChartTab {
  /** The `?tab=` value. */
  readonly value: string;
  readonly label: string;
  readonly order: number;
  readonly Panel: ComponentType<ChartTabProps>;
}

export interface ChartBanner {
  readonly key: string;
  readonly order: number;
  readonly Banner: ComponentType<ChartBannerProps>;
}

/** A part another feature adds at the end of a chart tab (e.g. the safety responses under *Measures*). */
export interface ChartTabSection {
  readonly key: string;
  /** The `?tab=` value of the tab it is drawn in. */
  readonly tab: string;
  readonly order: number;
  readonly Section: ComponentType<ChartTabProps>;
}

/** Dated lines a feature adds to every trend chart of a client (e.g. medication changes). */
export interface ChartMarkerSource {
  readonly key: string;
  readonly order: number;
  /** A hook: the client's markers, kept live (empty while reading). */
  readonly useMarkers: (clientId: string) => readonly ChartMarker[];
}

/** What an offer beside a safety-alert response gets (see SafetyAlertOffer). */
export interface SafetyAlertOfferProps {
  readonly clientId: string;
  readonly admissionDate: string;
  /** The alert being answered: its newest alerting response and that response's day. */
  readonly alert: SafetyEventAlertLink;
  /** Once the offer is taken up: say so (while answering), or show nothing (after the answer is signed). */
  readonly whenRecorded: 'confirm' | 'hide';
  /** Withdraws the offer; absent while answering. */
  readonly onDismiss?: () => void;
}

/** Something another feature offers while a clinician answers a safety alert (e.g. record a linked safety event). */
export interface SafetyAlertOffer {
  readonly key: string;
  readonly order: number;
  readonly Offer: ComponentType<SafetyAlertOfferProps>;
}

/** A per-client flag on the client list: which clients have it, and the badge shown beside their name. */
export interface ClientSignal {
  readonly key: string;
  readonly order: number;
  /** A hook: the ids of the clients the signal is raised for, kept live. */
  readonly useClientIds: () => ReadonlySet<string>;
  readonly Badge: ComponentType;
  /** Said by a screen reader in the row's name ("…, safety alert, open chart"); none for marks that are not alerts. */
  readonly spoken?: string;
}

/** The row a client-list column cell is drawn for. */
export interface ClientColumnRow {
  readonly id: string;
  readonly status: Client['status'];
  readonly admissionDate: string;
}

/** A column of the client list owned by a feature (e.g. measures due). */
export interface ClientColumn {
  readonly key: string;
  readonly header: string;
  readonly order: number;
  /** A hook: given today and the rows shown, returns the cell renderer. */
  readonly useCell: (today: string, rows: readonly ClientColumnRow[]) => (row: ClientColumnRow) => ReactNode;
}

/** What a feature's part of the check-in form gets (see CheckInSection). */
export interface CheckInSectionProps {
  readonly clientId: string;
  /** The day the check-in is about: what the section's entries are dated. */
  readonly day: string;
  readonly today: string;
  /** Hands the form this section's part of the save; called again whenever what the section holds changes. */
  readonly bind: (part: CheckInPart) => void;
}

/** A section's part of saving a check-in: checked with the form, saved right after the check-in itself. */
export interface CheckInPart {
  /** Checks what was typed and shows its messages at the section's fields; false keeps the check-in unsaved. */
  readonly check: () => boolean;
  /** Saves what was typed (with its audit event) once the check-in is saved, dated its day; nothing typed = nothing saved. */
  readonly save: (checkIn: { readonly id: string; readonly day: string }) => Promise<void>;
  /** Empties the section after everything was saved. */
  readonly clear: () => void;
}

/** Fields another feature adds to the daily check-in form (e.g. target-behaviour counts); the form saves them with it. */
export interface CheckInSection {
  readonly key: string;
  readonly order: number;
  readonly Section: ComponentType<CheckInSectionProps>;
  /**
   * A hook: whether the section has fields for this client (false while loading). The check-in round leaves out a
   * client's extra row when no section has any; without it the section is taken to have fields.
   */
  readonly useHasFields?: (clientId: string) => boolean;
}

/** A feature's columns in one client's check-in CSV import (read and checked per row) and the write of a row's cells. */
export interface CheckInImportColumnSet extends CsvExtraColumns {
  /** The columns offered, as the file must name them (listed with the import's own columns). */
  readonly names: readonly string[];
  /** What the columns hold, said under the import's column list; '' for nothing. */
  readonly help: string;
  /** Saves one imported row's cells once its check-in is saved (dated its day); nothing when the row has none. */
  readonly save: (checkIn: { readonly id: string; readonly day: string }, cells: Readonly<Record<string, string>>) => Promise<void>;
}

/** Columns another feature adds to the check-in CSV import (e.g. tracked behaviours' counts); saved with their row. */
export interface CheckInImportColumns {
  readonly key: string;
  readonly order: number;
  /** A hook: the client's columns, kept live; undefined while loading. */
  readonly useColumns: (clientId: string) => CheckInImportColumnSet | undefined;
}

/** A notice shown above every page while unlocked (e.g. "Backup due"); renders nothing when there is nothing to say. */
export interface AppNotice {
  readonly key: string;
  readonly order: number;
  readonly Notice: ComponentType;
}

/** What a dashboard entry gets: whose caseload the dashboard shows (null: every clinician's). */
export interface DashboardEntryProps {
  readonly clinicianIds: readonly string[] | null;
}

/** A list another feature adds to the caseload dashboard (e.g. discharge summaries due); renders nothing when empty. */
export interface DashboardEntry {
  readonly key: string;
  readonly order: number;
  readonly Entry: ComponentType<DashboardEntryProps>;
}

/** What a feature plugs into the app: declared in the feature's index.ts, composed by app/features.ts. */
export interface FeatureModule {
  readonly name: string;
  readonly routes?: readonly FeatureRoute[];
  readonly nav?: readonly NavEntry[];
  readonly chartTabs?: readonly ChartTab[];
  readonly chartBanners?: readonly ChartBanner[];
  /** Parts this feature adds at the end of a chart tab (its own or another feature's). */
  readonly chartTabSections?: readonly ChartTabSection[];
  /** Dated lines this feature adds to the trend charts. */
  readonly chartMarkers?: readonly ChartMarkerSource[];
  /** Offers this feature shows beside a safety-alert response. */
  readonly safetyAlertOffers?: readonly SafetyAlertOffer[];
  readonly clientSignals?: readonly ClientSignal[];
  readonly clientColumns?: readonly ClientColumn[];
  /** Fields this feature adds to the check-in form. */
  readonly checkInSections?: readonly CheckInSection[];
  /** Columns this feature adds to the check-in CSV import. */
  readonly checkInImportColumns?: readonly CheckInImportColumns[];
  readonly appNotices?: readonly AppNotice[];
  /** Lists this feature adds to the caseload dashboard. */
  readonly dashboardEntries?: readonly DashboardEntry[];
  /** The route the app opens on after unlock; one feature declares it (the client list when none does). */
  readonly landing?: string;
}
