import { expect, test } from './fixtures';
import { seriousA11yViolations } from './a11y';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo, phq9Answers } from './pages/measure-pages';
import { SafetyPlanScreens } from './pages/safety-plan-pages';
import { SetupScreen } from './pages/vault-pages';

const SAGE = { firstName: 'Sage', lastName: 'Planwright', dateOfBirth: '1991-07-08', admissionDate: localDayAgo(20) };

test('a safety plan written and signed after an item-9 alert clears the alert, with the plan named as the response', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(SAGE);
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(8, 2));
  await expect(measures.safetyAlert()).toContainText('PHQ-9 item 9 (thoughts of self-harm) answered 2 of 3');
  const prompt = page.getByRole('alert').filter({ hasText: 'A safety plan should be written' });
  await expect(prompt).toContainText('PHQ-9 item 9 (thoughts of self-harm) answered 2 of 3');

  await measures.safetyAlert().getByRole('button', { name: 'Review the safety plan' }).click();
  await expect(page.getByRole('tab', { name: 'Safety plans', selected: true })).toBeVisible();
  const screens = new SafetyPlanScreens(page);
  const plan = screens.plan('Safety plan');
  await plan.getByRole('button', { name: 'Write the safety plan' }).click();
  // The crisis lines come filled in.
  await expect(screens.section(plan, 'Professionals and services I can contact').getByRole('textbox', { name: 'Phone' }).first()).toHaveValue('988');
  await expect(plan.getByText('Signing this plan records it as the response to the open safety alert.')).toBeVisible();

  // Signing an empty plan marks each field at fault; nothing is signed.
  await plan.getByRole('button', { name: 'Sign the safety plan' }).click();
  await expect(plan.getByText('The plan is not ready to sign yet: see the marked fields.')).toBeVisible();
  await expect(screens.section(plan, 'Signs a crisis may be starting')).toContainText('Add at least one sign that a crisis may be starting.');
  await expect(plan.getByRole('textbox', { name: 'What matters most to me and is worth living for' })).toHaveAccessibleDescription(
    'Write what matters most to the client and is worth living for.',
  );
  await expect(plan.getByRole('checkbox', { name: 'The client took part in writing this plan' })).toHaveAccessibleDescription(/confirm the client took part/);

  await screens.addLine(plan, 'Signs a crisis may be starting', { Sign: 'Staying in bed all day' });
  await screens.addLine(plan, 'Things I can do on my own', { 'What I can do': 'Walk the dog' });
  await screens.addLine(plan, 'People and places that take my mind off things', { 'Person or place': 'The library' });
  await screens.addLine(plan, 'People I can ask for help', { Name: 'Jo', Relationship: 'sister', Phone: 'ring her' });
  const phone = screens.section(plan, 'People I can ask for help').getByRole('textbox', { name: 'Phone' });
  await expect(phone).toHaveAccessibleDescription('Enter a phone number with digits (for example 555-201-3344), or leave it empty.');
  await page.screenshot({ path: '/tmp/safetyplans-validation.png', fullPage: true });
  await phone.fill('555-201-3344');
  await expect(phone).not.toHaveAccessibleDescription(/Enter a phone number/);
  await screens.addLine(plan, 'Making my space safer', { What: 'Extra medication', 'What will be done, and by whom': 'Held by Jo' });
  await plan.getByRole('textbox', { name: 'What matters most to me and is worth living for' }).fill('My niece and my dog');
  await plan.getByRole('checkbox', { name: 'The client took part in writing this plan' }).check();
  expect(await seriousA11yViolations(page)).toEqual([]);
  await plan.getByRole('button', { name: 'Sign the safety plan' }).click();

  await expect(plan.getByRole('heading', { name: 'In force: version 1' })).toBeVisible();
  await expect(plan).toContainText('Jo (sister) — 555-201-3344');
  await expect(measures.safetyAlert()).toHaveCount(0);
  await expect(prompt).toHaveCount(0);
  await page.screenshot({ path: '/tmp/safetyplans-signed.png', fullPage: true });
  await page.getByRole('tab', { name: 'Measures' }).click();
  const history = page.getByRole('region', { name: 'Safety responses' });
  await expect(history).toContainText('Safety plan reviewed — signed by Alex Admin');
  await expect(history).toContainText('Safety plan version 1 signed as the response to this alert.');
});

test('a relapse-prevention plan is written, signed and revised; the earlier version stays readable and typing is kept', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(SAGE);
  const screens = new SafetyPlanScreens(page);
  await screens.open();
  const plan = screens.plan('Relapse-prevention plan');
  await plan.getByRole('button', { name: 'Write the relapse-prevention plan' }).click();
  await screens.addLine(plan, 'Early signs that I am slipping', { Sign: 'Skipping group' });
  // Typing is saved even when the tab is left at once.
  await page.getByRole('tab', { name: 'Details' }).click();
  await screens.open();
  await expect(screens.section(plan, 'Early signs that I am slipping').getByRole('textbox', { name: 'Sign' })).toHaveValue('Skipping group');
  await screens.addLine(plan, 'Situations and triggers that put me at risk', { Trigger: 'Friday nights alone' });
  await screens.addLine(plan, 'What I will do instead', { 'What I will do': 'Call my sponsor', 'For which trigger': 'Friday nights' });
  await screens.addLine(plan, 'People who support my recovery', { Name: 'Lee', 'Relationship or role': 'sponsor', Phone: '555 010 2000' });
  await screens.addLine(plan, 'If I slip', { 'What I will do': 'Tell Lee within a day and come to the next group' });
  await plan.getByRole('checkbox', { name: 'The client took part in writing this plan' }).check();
  await plan.getByRole('button', { name: 'Sign the relapse-prevention plan' }).click();
  await expect(plan.getByRole('heading', { name: 'In force: version 1' })).toBeVisible();

  await plan.getByRole('button', { name: 'Revise the relapse-prevention plan' }).click();
  await expect(plan.getByRole('heading', { name: 'Draft: version 2' })).toBeVisible();
  const trigger = screens.section(plan, 'Situations and triggers that put me at risk').getByRole('textbox', { name: 'Trigger' });
  await trigger.fill('Payday weekends');
  await plan.getByRole('button', { name: 'Sign the relapse-prevention plan' }).click();
  await expect(plan.getByRole('textbox', { name: 'What changed from version 1' })).toHaveAccessibleDescription('Say what changed from the previous version.');
  await plan.getByRole('textbox', { name: 'What changed from version 1' }).fill('The trigger is payday, not Fridays.');
  await plan.getByRole('checkbox', { name: 'The client took part in writing this plan' }).check();
  await plan.getByRole('button', { name: 'Sign the relapse-prevention plan' }).click();

  await expect(plan.getByRole('heading', { name: 'In force: version 2' })).toBeVisible();
  await expect(plan).toContainText('Payday weekends');
  await expect(plan).toContainText('What changed: The trigger is payday, not Fridays.');
  await plan.getByRole('button', { name: 'Show version 1' }).click();
  await expect(plan).toContainText('Friday nights alone');
  expect(await seriousA11yViolations(page)).toEqual([]);
  await page.screenshot({ path: '/tmp/safetyplans-relapse-versions.png', fullPage: true });
});

test('the client acknowledges the signed safety plan; after a new item-9 alert it asks for a review; a review with no change answers the alert and the prompt', async ({
  page,
}) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient(SAGE);
  const screens = new SafetyPlanScreens(page);
  await screens.open();
  const signed = screens.plan('Safety plan');
  await screens.writeAndSign(signed);
  await expect(signed).toContainText('Awaiting the client’s acknowledgement.');
  await signed.getByRole('button', { name: 'Record client acknowledgement' }).click();
  await signed.getByRole('radio', { name: 'Reviewed it with me over video' }).check();
  await signed.getByRole('button', { name: 'Record acknowledgement' }).click();
  await expect(signed).toContainText('Acknowledged by Sage Planwright over video on');

  await page.getByRole('tab', { name: 'Measures' }).click();
  const measures = new MeasureScreens(page);
  await measures.administerPhq9(phq9Answers(5, 1));
  await expect(measures.safetyAlert()).toBeVisible();
  const prompt = page.getByRole('alert').filter({ hasText: 'The safety plan should be reviewed' });
  await expect(prompt).toContainText('PHQ-9 item 9 (thoughts of self-harm) answered 1 of 3');
  await page.screenshot({ path: '/tmp/safetyplans-review-prompt.png', fullPage: true });
  await prompt.getByRole('button', { name: 'Open safety plans' }).click();

  const plan = screens.plan('Safety plan');
  await plan.getByRole('button', { name: 'Reviewed, no change' }).click();
  await plan.getByRole('textbox', { name: 'Review note (optional)' }).fill('Went through each step with Sage on video.');
  await plan.getByRole('button', { name: 'Record the review' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(measures.safetyAlert()).toHaveCount(0);
  await page.getByRole('tab', { name: 'Measures' }).click();
  await expect(page.getByRole('region', { name: 'Safety responses' })).toContainText('Safety plan version 1 reviewed with the client: no change needed.');
});
