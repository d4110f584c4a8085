// Premium gating in Chromium (issue 14): the list shows a lock on edit-distance (a premium seed
// problem) and a locked company filter; the problem page is a teaser with an upgrade call to
// action linking to /pricing; a free member's premium hint tier says so with the same call to
// action; once the account is premium (set in Postgres as billing would) a reload shows the
// statement, the premium badge and the company filter. Screenshots land in tests/artifacts/.
//
// Needs the stack at BASE_URL with the seed problems, DATABASE_URL and Debian's Chromium.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setRoleByUsername } from '../api/support/roles.js';
import { signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

test('a premium problem is locked with an upgrade call to action until the account is premium', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });

  await withFailureArtifacts(t.name, browser, async () => {
    // Anonymous: the lock in the list, the locked company filter, the teaser page.
    await page.goto('/problems?q=edit%20distance');
    const row = page.locator('[data-testid="problem-row"][data-slug="edit-distance"]');
    await row.waitFor();
    assert.equal(await row.getAttribute('data-premium'), 'true');
    assert.equal(await row.locator('[data-testid="premium-lock"]').count(), 1);
    assert.equal(await page.getAttribute('[data-testid="company-filter-locked"]', 'href'), '/pricing');
    assert.equal(await page.locator('[data-testid="company-filter"]').count(), 0);

    await page.goto('/problems/edit-distance');
    await page.waitForSelector('[data-testid="locked-problem"]');
    assert.match((await page.textContent('[data-testid="problem-title"]')) ?? '', /Edit Distance/);
    assert.match((await page.textContent('[data-testid="teaser-excerpt"]')) ?? '', /edit/);
    assert.equal(await page.getAttribute('[data-testid="locked-problem-cta"] [data-testid="upgrade-link"]', 'href'), '/pricing');
    assert.equal(await page.locator('[data-testid="run-button"]').count(), 0, 'no editor on a locked problem');
    await page.screenshot({ path: join(ARTIFACTS, 'premium-locked-problem.png'), fullPage: true });

    // A free member: the premium hint tier of a free problem is locked with the call to action.
    const user = await signUpWithApi(page, 'premium');
    await page.goto('/problems/two-sum?tab=hints');
    await page.waitForSelector('[data-testid="hints-panel"]');
    for (let i = 0; i < 3; i++) await page.click('[data-testid="hint-next"]');
    await page.waitForSelector('[data-testid="hint-locked"]');
    assert.equal(await page.getAttribute('[data-testid="hint-locked"] [data-testid="upgrade-link"]', 'href'), '/pricing');
    assert.equal(await page.locator('[data-testid="premium-badge"]').count(), 0);
    await page.goto('/problems/edit-distance');
    await page.waitForSelector('[data-testid="locked-problem"]');

    // Premium: a reload takes a fresh token from the refresh cookie, and the page opens.
    setRoleByUsername(user.username, 'premium', new Date(Date.now() + 30 * 24 * 3600 * 1000));
    await page.reload();
    await page.waitForSelector('[data-testid="premium-badge"]');
    await page.waitForSelector('[data-testid="problem-statement"]');
    assert.equal(await page.locator('[data-testid="locked-problem"]').count(), 0);
    assert.match((await page.textContent('[data-testid="problem-companies"]')) ?? '', /Grammarly/);
    await page.goto('/problems');
    await page.waitForSelector('[data-testid="company-filter"] option[value="google"]', { state: 'attached' });
    await page.screenshot({ path: join(ARTIFACTS, 'premium-list.png') });
  });
});
