import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { openApp, popNumber } from './callHelpers.js';
import { expect, test } from './fixtures.js';
import { seedKnownCaller } from './seed.js';

// A team's own script is a JSON file in the scripts folder. A good one joins the methods;
// a broken one is listed with its file and field, and nothing else stops working.

test('custom scripts: a valid file becomes a method, a broken one is named with its field', async ({ page, app }) => {
  const step = (id: string, title: string, key: number) => ({
    id,
    title,
    prompt: `${title} the caller.`,
    examples: [`${title} line one.`, `${title} line two.`],
    key,
  });
  writeFileSync(
    path.join(app.scriptsDir, 'billing.json'),
    JSON.stringify({ id: 'billing', name: 'Billing dispute', steps: [step('verify', 'Verify', 1), step('explain', 'Explain', 2)] }),
  );
  writeFileSync(
    path.join(app.scriptsDir, 'broken.json'),
    JSON.stringify({ id: 'broken', name: 'Broken', steps: [{ id: 'oops', title: 'Oops', examples: ['a', 'b'], key: 1 }] }),
  );
  seedKnownCaller(app);
  await openApp(page, app.url);
  await popNumber(page, '415 555 2671');
  await page.keyboard.press('Alt+S');
  await expect(page.getByTestId('start-call')).toContainText('Billing dispute');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('call-screen')).toBeVisible();

  await page.keyboard.press('Alt+M');
  const dialog = page.getByTestId('method-dialog');
  await expect(dialog).toContainText('Billing dispute');
  await expect(dialog).toContainText('HEARD');
  const problems = dialog.getByTestId('script-problems');
  await expect(problems).toContainText('broken.json');
  await expect(problems).toContainText('steps.0.prompt');
  await page.screenshot({ path: test.info().outputPath('method-dialog.png') });
});
