// The AI hint button on the problem page, in Chromium: a premium member sees the day's count,
// gets a hint under the toolbar and the count goes down; a free member is offered the upgrade
// (a link to /pricing) instead. Roles are set in the database (../api/support/roles.js).

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setRoleByUsername } from '../api/support/roles.js';
import { openProblemSignedIn, selectLanguage, signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

test('a premium member gets an AI hint and its count; a free member is offered the upgrade', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  await withFailureArtifacts(t.name, browser, async () => {
    const { page } = browser;
    await page.goto('/');
    const member = await signUpWithApi(page, 'aihint');
    setRoleByUsername(member.username, 'premium', new Date(Date.now() + 86_400_000));
    await openProblemSignedIn(page, 'a-plus-b', member.username);
    await selectLanguage(page, 'python3');
    await page.waitForSelector(`${byTestId('ai-hint-button')}[data-remaining="10"]`);
    await page.click(byTestId('ai-hint-button'));
    const hint = page.locator(byTestId('ai-hint-text'));
    await hint.waitFor();
    // No verdict yet and the editor holds the starter code: the local provider says so.
    assert.match((await hint.textContent()) ?? '', /You have not started yet/);
    assert.equal(await page.locator(byTestId('ai-hint-left')).textContent(), '9 of 10 AI hints left today.');
    await page.waitForSelector(`${byTestId('ai-hint-button')}[data-remaining="9"]`);

    // A free member: the button offers the upgrade and asks the server for nothing.
    setRoleByUsername(member.username, 'free');
    await page.reload();
    await page.waitForSelector(byTestId('ai-hint-button'));
    await page.waitForFunction(() => document.querySelector('[data-testid="ai-hint-button"]')?.textContent?.includes('(premium)'));
    await page.click(byTestId('ai-hint-button'));
    const upgrade = page.locator(`${byTestId('ai-hint-upgrade')} a`);
    await upgrade.waitFor();
    assert.equal(await upgrade.getAttribute('href'), '/pricing');
  });
});
