import { expect, type Locator, type Page } from '@playwright/test';

/** Local calendar day `days` ago as "YYYY-MM-DD" (the test runner and the browser share a time zone). */
export function localDayAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** PHQ-9 answers (items 1–9) adding up to `total` with item 9 = `item9`. */
export function phq9Answers(total: number, item9 = 0): number[] {
  const answers = Array<number>(9).fill(0);
  answers[8] = item9;
  let left = total - item9;
  for (let i = 0; i < 8 && left > 0; i++) {
    answers[i] = Math.min(3, left);
    left -= answers[i] ?? 0;
  }
  return answers;
}

/** Page model of the measures section of a client's chart. */
export class MeasureScreens {
  constructor(private readonly page: Page) {}

  safetyAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Safety alert' });
  }

  form(instrumentId: string): Locator {
    return this.page.getByRole('form', { name: `${instrumentId} assessment` });
  }

  /** The chart opens on its Overview; measures have their own tab. */
  async openTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Measures' }).click();
  }

  async startAdminister(instrumentId: string): Promise<void> {
    await this.openTab();
    await this.page.getByRole('button', { name: 'Administer measure' }).click();
    await this.page.getByRole('combobox', { name: 'Instrument' }).selectOption(instrumentId);
    await expect(this.form(instrumentId)).toBeVisible();
  }

  /** Answers item after item with the number keys, as a clinician at the keyboard would. */
  async answerWithKeys(instrumentId: string, keys: readonly string[]): Promise<void> {
    const form = this.form(instrumentId);
    for (const [i, key] of keys.entries()) {
      const group = form.getByRole('radiogroup', { name: new RegExp(`^${String(i + 1)}\\. `) });
      await group.getByRole('radio').first().focus();
      await this.page.keyboard.press(key);
      await expect(group.getByRole('radio', { checked: true })).toHaveCount(1);
    }
  }

  async setAdministeredOn(day: string, instrumentId: string): Promise<void> {
    // A date input has no textbox role; its visible label names it.
    await this.form(instrumentId)
      .getByLabel(/Administered on/)
      .fill(day);
  }

  async save(instrumentId: string): Promise<void> {
    await this.form(instrumentId)
      .getByRole('button', { name: `Save ${instrumentId}` })
      .click();
  }

  /** Administers a PHQ-9 on `day` with the given item answers. */
  async administerPhq9(answers: readonly number[], day?: string): Promise<void> {
    await this.startAdminister('PHQ-9');
    if (day) await this.setAdministeredOn(day, 'PHQ-9');
    await this.answerWithKeys('PHQ-9', answers.map(String));
    await this.save('PHQ-9');
  }

  async acknowledge(action: string, note: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Record clinician response' }).click();
    await this.page.getByRole('radio', { name: action }).check();
    await this.page.getByRole('textbox', { name: /Note/ }).fill(note);
    await this.page.getByRole('button', { name: 'Sign and record response' }).click();
  }

  /** Edits the client's schedule: a number of days schedules an instrument, null takes it off the schedule. */
  async editSchedule(changes: Readonly<Record<string, number | null>>): Promise<void> {
    await this.openTab();
    await this.page.getByRole('button', { name: 'Edit schedule' }).click();
    const editor = this.page.getByRole('form', { name: 'Edit measures schedule' });
    for (const [id, days] of Object.entries(changes)) {
      const box = editor.getByRole('checkbox', { name: new RegExp(`^${id} — `) });
      if (days === null) {
        await box.uncheck();
        continue;
      }
      await box.check();
      await editor.getByRole('textbox', { name: `${id} every how many days` }).fill(String(days));
    }
    await editor.getByRole('button', { name: 'Save schedule' }).click();
    await expect(editor).toBeHidden();
  }

  trajectory(instrumentId: string): Locator {
    return this.page.getByRole('region', { name: new RegExp(`\\(${instrumentId}\\)`) });
  }
}

/** One row of a mood app's CSV export. */
export type MoodRow = readonly [day: string, mood: string, anxiety: string, stress: string, cravings: string, sleep: string, skills: string, journal: string];

/** A mood app's CSV export with the given rows. */
export function moodCsv(rows: readonly MoodRow[]): string {
  const quote = (cell: string) => (/[",\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
  return ['Date,Mood,Anxiety,Stress,Cravings,Sleep hours,Coping skills,Journal', ...rows.map((r) => r.map(quote).join(','))].join('\n');
}

/** Page model of check-ins: the chart's quick form and trends, the round page and the CSV import. */
export class CheckInScreens {
  constructor(private readonly page: Page) {}

  async openRoundPage(): Promise<void> {
    await this.page.getByRole('link', { name: 'Check-ins' }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Check-ins' })).toBeVisible();
  }

  importPanel(): Locator {
    return this.page.getByRole('region', { name: 'Import check-ins from a mood app (CSV)' });
  }

  /** Chooses the client and the CSV file; the preview appears. */
  async chooseCsv(clientName: string, csv: string): Promise<void> {
    const panel = this.importPanel();
    await panel.getByRole('combobox', { name: 'Client' }).selectOption({ label: clientName });
    const file = panel.getByLabel('Mood app CSV file');
    // The input stays disabled until the client's stored check-ins are read; setInputFiles does not wait for that.
    await expect(file).toBeEnabled();
    await file.setInputFiles({ name: 'mood.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  }

  /** Fills and saves the chart's quick check-in (scales in CHECK_IN_SCALES order). */
  async quickCheckIn(scales: readonly [number, number, number, number], sleep: number, skills: readonly string[], journal: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Quick check-in' });
    for (const [i, label] of ['Mood', 'Anxiety', 'Stress', 'Cravings'].entries()) {
      await form.getByRole('textbox', { name: new RegExp(`^${label} \\(0–10\\)`) }).fill(String(scales[i]));
    }
    await form.getByRole('textbox', { name: /^Sleep \(hours\)/ }).fill(String(sleep));
    for (const skill of skills) await form.getByRole('checkbox', { name: skill }).check();
    await form.getByRole('textbox', { name: /^Journal/ }).fill(journal);
    await form.getByRole('button', { name: 'Save check-in' }).click();
  }

  /** A round on `day` with one attending client, whose row gets the four scales, sleep and a journal line. */
  async roundRow(clientName: string, day: string, scales: readonly [number, number, number, number], sleep: number, journal: string): Promise<void> {
    const round = this.page.getByRole('region', { name: 'Check-in round' });
    await round.getByLabel('Day of the round').fill(day);
    await round.getByRole('checkbox', { name: clientName }).check();
    for (const [i, label] of ['Mood', 'Anxiety', 'Stress', 'Cravings'].entries()) {
      await round.getByRole('textbox', { name: `${clientName}: ${label}` }).fill(String(scales[i]));
    }
    await round.getByRole('textbox', { name: `${clientName}: Sleep (hours)` }).fill(String(sleep));
    await round.getByRole('textbox', { name: `${clientName}: Journal` }).fill(journal);
    await round.getByRole('button', { name: 'Save round' }).click();
  }

  trendTable(): Locator {
    return this.page.getByRole('table', { name: 'Check-ins in this range, oldest first' });
  }
}

/** Page model of the chart's family feedback tab. */
export class FamilyFeedbackScreens {
  constructor(private readonly page: Page) {}

  /** Fills and saves the form: ratings in item order (1–5), a comment on the first item, concerns. */
  async give(relation: string, ratings: readonly [number, number, number, number], comment: string, concerns: string): Promise<void> {
    const form = this.page.getByRole('form', { name: 'Family feedback form' });
    await form.getByRole('combobox', { name: /relation to the client/ }).selectOption(relation);
    const items = ['Communication at home', 'Handling conflict without escalation', 'Participation in household responsibilities', 'Mood at home'];
    for (const [i, item] of items.entries()) {
      await form
        .getByRole('radiogroup', { name: item })
        .getByRole('radio', { name: new RegExp(`^${String(ratings[i])} `) })
        .check();
    }
    await form.getByRole('textbox', { name: 'Comment on communication at home' }).fill(comment);
    await form.getByRole('textbox', { name: /^Concerns/ }).fill(concerns);
    await form.getByRole('button', { name: 'Save family feedback' }).click();
  }

  table(): Locator {
    return this.page.getByRole('table', { name: /^Family feedback, oldest first/ });
  }
}

/** A licensed WHO-5 text file; `change` edits it before it is written (to make a bad file). */
export function who5TextFile(change: (file: { instruments: Record<string, unknown>[] }) => void = () => undefined): string {
  const labels = ['All of the time', 'Most of the time', 'More than half of the time', 'Less than half of the time', 'Some of the time', 'At no time'];
  const file = {
    format: 'waypoint-instrument-text',
    instruments: [
      {
        id: 'WHO-5',
        licence: 'WHO permission letter 2026-114',
        items: Array.from({ length: 5 }, (_, i) => ({
          id: `who5_${String(i + 1)}`,
          text: `Licensed well-being item ${String(i + 1)}`,
          options: [5, 4, 3, 2, 1, 0].map((value, k) => ({ value, label: labels[k] })),
        })),
      },
    ],
  };
  change(file);
  return JSON.stringify(file, null, 2);
}
