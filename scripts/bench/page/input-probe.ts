import { percentile, round2 } from './timing';

/**
 * Issue 17 item 4, "typing never stalls": while a first pull runs, the driver types into a text field on this page
 * with real (trusted) key events; each keydown's delay is the time from the event's platform timestamp to its handler
 * running on the main thread — what a clinician typing a note would feel. Long tasks (> 50 ms) on the main thread are
 * counted by the Long Tasks API over the same window.
 */
export interface ProbeFigures {
  readonly keystrokes: number;
  readonly p50Ms: number | null;
  readonly p95Ms: number | null;
  readonly maxMs: number | null;
  readonly longTasksOver50ms: number;
  readonly longTaskTotalMs: number;
}

interface Probe {
  readonly delays: number[];
  readonly longTasks: number[];
  readonly observer: PerformanceObserver;
  readonly field: HTMLTextAreaElement;
  readonly onKey: (event: KeyboardEvent) => void;
}

let probe: Probe | null = null;

function probeField(): HTMLTextAreaElement {
  const existing = document.querySelector<HTMLTextAreaElement>('#probe');
  if (existing) return existing;
  const field = document.createElement('textarea');
  field.id = 'probe';
  field.setAttribute('aria-label', 'Typing probe');
  document.body.append(field);
  return field;
}

/** Starts recording keydown delays and long tasks; the driver focuses #probe and types. */
export function startInputProbe(): void {
  if (probe) throw new Error('an input probe is already running');
  const delays: number[] = [];
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push(entry.duration);
  });
  observer.observe({ type: 'longtask', buffered: false });
  const field = probeField();
  const onKey = (event: KeyboardEvent): void => {
    if (event.isTrusted) delays.push(performance.now() - event.timeStamp);
  };
  field.addEventListener('keydown', onKey);
  field.value = '';
  probe = { delays, longTasks, observer, field, onKey };
}

/** Stops the probe and returns its figures. */
export function stopInputProbe(): ProbeFigures {
  if (!probe) throw new Error('no input probe is running');
  const { delays, longTasks, observer, field, onKey } = probe;
  for (const entry of observer.takeRecords()) longTasks.push(entry.duration);
  observer.disconnect();
  field.removeEventListener('keydown', onKey);
  probe = null;
  const long = longTasks.filter((ms) => ms > 50);
  const at = (p: number): number | null => (delays.length === 0 ? null : round2(percentile(delays, p)));
  return {
    keystrokes: delays.length,
    p50Ms: at(50),
    p95Ms: at(95),
    maxMs: at(100),
    longTasksOver50ms: long.length,
    longTaskTotalMs: round2(long.reduce((a, b) => a + b, 0)),
  };
}
