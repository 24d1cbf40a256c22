import { vi } from 'vitest';
import type { SaveDocument } from '../../renderer/features/reports/report-actions';
import type { SaveFileResult } from '../../shared/host';
import type { ReportDocument } from '../../shared/reports';

/** A host save dialog that saves every document to `path` and keeps what it was given. */
export function savingTo(path: string) {
  const saved: ReportDocument[] = [];
  const save = vi.fn<SaveDocument>((doc) => {
    saved.push(doc);
    return Promise.resolve({ status: 'saved', path } satisfies SaveFileResult);
  });
  return { save, saved };
}
