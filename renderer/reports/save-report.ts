/** Saving a report or export through the host's save dialog (Electron's native dialog; the browser host's download). */
import type { SaveFileResult } from '../../shared/host';
import type { ReportDocument } from '../../shared/reports';
import { getHost } from '../host';
import { renderPdfBase64 } from './pdf';

/** Renders the document and asks where to save it; cancelled means nothing was written. */
export async function savePdf(doc: ReportDocument, suggestedName: string): Promise<SaveFileResult> {
  const content = await renderPdfBase64(doc);
  return getHost().saveFile({ suggestedName, content, mimeType: 'application/pdf', encoding: 'base64' });
}

/** Asks where to save a CSV file. */
export function saveCsv(content: string, suggestedName: string): Promise<SaveFileResult> {
  return getHost().saveFile({ suggestedName, content, mimeType: 'text/csv' });
}

/** A file name safe on every system: letters, digits, dashes; e.g. "progress-report-ana-2026-01-31.pdf". */
export function fileNameOf(...parts: readonly string[]): string {
  return parts
    .map((p) =>
      p
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '')
        .toLowerCase()
        .replace(/[^a-z0-9.]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p) => p !== '')
    .join('-');
}

/** Asks where to save a JSON file. */
export function saveJson(content: string, suggestedName: string): Promise<SaveFileResult> {
  return getHost().saveFile({ suggestedName, content, mimeType: 'application/json' });
}
