import { expect, type Locator, type Page } from '@playwright/test';

export interface NewMedication {
  name: string;
  strength: string;
  dose: string;
  timesPerDay: string;
  times: string;
  prescriber: string;
  indication: string;
  startedOn: string;
}

/** Sertraline 50 mg tablet, 50 once a day at 08:00, prescribed by Dr Lee for depression from `startedOn`; `over` changes any field. */
export function sertraline(startedOn: string, over: Partial<NewMedication> = {}): NewMedication {
  return {
    name: 'Sertraline',
    strength: '50 mg tablet',
    dose: '50',
    timesPerDay: '1',
    times: '08:00',
    prescriber: 'Dr Lee',
    indication: 'Depression',
    startedOn,
    ...over,
  };
}

/** Page model of the medications tab of a client's chart and the medications caseload. */
export class MedicationScreens {
  constructor(private readonly page: Page) {}

  async openTab(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Medications' }).click();
    await expect(this.page.getByRole('heading', { level: 2, name: 'Medications' })).toBeVisible();
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async addMedication(m: NewMedication): Promise<void> {
    const form = await this.fillNewMedication(m);
    await form.getByRole('button', { name: 'Save medication' }).click();
    await expect(form).toBeHidden();
  }

  /** Opens the add form and fills it; the caller saves (or checks the validation message). */
  async fillNewMedication(m: NewMedication): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Add medication' }).click();
    const form = this.dialog('Add medication');
    await form.getByLabel('Medication name').fill(m.name);
    await form.getByLabel('Strength').fill(m.strength);
    await form.getByRole('textbox', { name: 'Dose', exact: true }).fill(m.dose);
    await form.getByLabel('Start date').fill(m.startedOn);
    await form.getByLabel('Times per day').fill(m.timesPerDay);
    await form.getByLabel('Times of day').fill(m.times);
    await form.getByLabel('Prescriber').fill(m.prescriber);
    await form.getByLabel('Indication').fill(m.indication);
    return form;
  }

  currentList(): Locator {
    return this.page.getByRole('table', { name: 'Current medications' });
  }

  async changeDose(name: string, toDose: string, day: string, reason: string): Promise<void> {
    await this.page.getByRole('button', { name: `Change dose of ${name}` }).click();
    const form = this.dialog(`Change dose of ${name}`);
    await form.getByLabel(/New dose/).fill(toDose);
    await form.getByLabel('Date of the change').fill(day);
    await form.getByLabel('Reason for the change').fill(reason);
    await form.getByRole('button', { name: 'Save dose change' }).click();
    await expect(form).toBeHidden();
  }

  /** Fills one week of the grid: `taken[i]` doses on day i (Monday first), '' to leave a day empty; future days have no cell. */
  async recordWeek(name: string, monday: string, taken: readonly string[], reason: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Record week' }).click();
    const grid = this.dialog('Record a week of adherence');
    await grid.getByLabel('Week starting (Monday)').fill(monday);
    const cells = grid.getByRole('textbox', { name: new RegExp(`^${name}, .*: doses taken`) });
    const open = await cells.count();
    for (const [i, value] of taken.slice(0, open).entries()) {
      if (value !== '') await cells.nth(i).fill(value);
    }
    if (reason) {
      await grid.getByRole('combobox', { name: `Reason ${name} doses were missed` }).click();
      await this.page.getByRole('option', { name: reason }).click();
    }
    await grid.getByRole('button', { name: 'Save adherence' }).click();
    await expect(grid).toBeHidden();
  }

  async recordSideEffect(effect: string, medication: string, severity: string, interference: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Record side effect' }).click();
    const form = this.dialog('Record side effect');
    await form.getByRole('combobox', { name: 'Side effect' }).fill(effect);
    await this.page.getByRole('option', { name: effect }).click();
    await form.getByRole('combobox', { name: 'Linked medication' }).click();
    await this.page.getByRole('option', { name: medication }).click();
    await form.getByRole('radio', { name: severity }).check();
    await form.getByRole('radio', { name: interference }).check();
    await form.getByRole('button', { name: 'Save side effect' }).click();
    await expect(form).toBeHidden();
  }

  adherenceAlert(): Locator {
    return this.page.getByRole('alert').filter({ hasText: 'Adherence below 80 %' });
  }

  async openCaseload(): Promise<Locator> {
    await this.page.getByRole('link', { name: 'Medications', exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: 'Medications caseload' })).toBeVisible();
    return this.page.getByRole('table');
  }

  region(name: string): Locator {
    return this.page.getByRole('region', { name });
  }
}
