// Issue 17 item 4: a clinician types while the app's first pull runs. The driver presses real keys (CDP input
// events, trusted in the page) into the page's probe field every 50 ms, first with nothing running (the idle
// baseline), then during an E2EE first pull of the sync sample; the page records each keydown's delay and the main
// thread's long tasks (scripts/bench/page/input-probe.ts).
import { progress } from './harness.mjs';

const KEY_GAP_MS = 50;
const IDLE_KEYS = 20;
const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

async function typeWhile(page, keepGoing) {
  await page.focus('#probe');
  let typed = 0;
  while (keepGoing(typed)) {
    await page.keyboard.press('KeyA');
    typed += 1;
    await sleep(KEY_GAP_MS);
  }
}

/** Typing probe: idle, then during a first pull. Figures for the bench JSON. */
export async function typingDuringPull(page, benchOptions) {
  await page.evaluate(() => globalThis.waypointBench.startInputProbe());
  await typeWhile(page, (typed) => typed < IDLE_KEYS);
  const idle = await page.evaluate(() => globalThis.waypointBench.stopInputProbe());
  progress('typing probe: preparing a first pull');
  await page.evaluate((o) => globalThis.waypointBench.preparePull(o), benchOptions);
  await page.evaluate(() => globalThis.waypointBench.startInputProbe());
  let done = false;
  const pulling = page
    .evaluate(() => globalThis.waypointBench.probedFirstPull())
    .finally(() => {
      done = true;
    });
  await typeWhile(page, () => !done);
  const pullMs = await pulling;
  const during = await page.evaluate(() => globalThis.waypointBench.stopInputProbe());
  progress(
    `typing probe: ${during.keystrokes} keys during a ${Math.round(pullMs)} ms pull, delay p95 ${during.p95Ms} ms (idle ${idle.p95Ms} ms), ${during.longTasksOver50ms} long tasks`,
  );
  return {
    input_delay_p50_ms: during.p50Ms,
    input_delay_p95_ms: during.p95Ms,
    input_delay_max_ms: during.maxMs,
    input_keystrokes: during.keystrokes,
    long_tasks_over_50ms: during.longTasksOver50ms,
    long_task_total_ms: during.longTaskTotalMs,
    input_probe_pull_ms: Math.round(pullMs * 100) / 100,
    idle_input_delay_p95_ms: idle.p95Ms,
    idle_long_tasks_over_50ms: idle.longTasksOver50ms,
  };
}
