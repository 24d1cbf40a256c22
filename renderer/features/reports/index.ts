/** Public surface of the reports feature: the feature module and the hooks other features print with. */
export { reportsFeature } from './feature';
export { useClinicContact, usePrintClientCopy, useProgressReportExport, useCsvExport, type ExportOutcome } from './useExports';
export { ExportOutcomeNote } from './ExportOutcomeNote';
export { Part2OptIn } from './Part2OptIn';
export { ClientCopyButton, useClientCopiesProvided } from './ClientCopyButton';
export {
  assertPart2OptIn,
  exportProgressReport,
  exportPlanClientCopy,
  exportableClient,
  optInsText,
  ExportRefusedError,
  type PrintablePlan,
  type SaveDocument,
} from './report-actions';
export { loadPart2Notice, loadPlanInPeriod, loadReportDecision } from './report-data';
