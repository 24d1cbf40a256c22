import { expect, test } from './fixtures';
import { ClientScreens } from './pages/client-pages';
import { MeasureScreens, localDayAgo } from './pages/measure-pages';
import { SetupScreen } from './pages/vault-pages';

test('CDC HRQOL-4 is in the instrument library: day counts are whole numbers and the response is saved', async ({ page }) => {
  await new SetupScreen(page).openNewClinic();
  await new ClientScreens(page).insertClient({ firstName: 'Casey', lastName: 'Healthydays', dateOfBirth: '1990-05-06', admissionDate: localDayAgo(10) });
  const measures = new MeasureScreens(page);
  await measures.startAdminister('CDC-HRQOL-4');
  const form = measures.form('CDC-HRQOL-4');
  await expect(form.getByText('Would you say that in general your health is')).toBeVisible();
  await measures.answerWithKeys('CDC-HRQOL-4', ['3']);
  const days = form.getByRole('textbox', { name: /for how many days during the past 30 days was your mental health not good/ });
  await expect(form.getByText('A whole number from 0 to 30.')).toHaveCount(3);
  await form.getByRole('textbox', { name: /physical health not good/ }).fill('3');
  await days.fill('20');
  await form.getByRole('textbox', { name: /keep you from doing your usual activities/ }).fill('10');
  await page.screenshot({ path: '/tmp/plans-hrqol4-form.png', fullPage: true });
  await measures.save('CDC-HRQOL-4');
  await expect(form).toBeHidden();
});
