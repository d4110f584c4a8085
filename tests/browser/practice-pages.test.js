// The home page's daily problem card and the problem-set pages in Chromium: the card shows the
// API's daily problem and, signed in, the daily streak; the sets page lists the curated sets
// and a set's page its problems in order with the reader's progress. Screenshots land in
// tests/artifacts/ to be looked at.
//
// Needs the stack at BASE_URL with the seed problems and problems/sets imported.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

test('the home page shows the daily problem and the sets pages show progress', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });

  await withFailureArtifacts(t.name, browser, async () => {
    const daily = await (await page.request.get('/api/problems/daily')).json();
    await page.goto('/');
    const link = page.locator('[data-testid="daily-problem-link"]');
    await link.waitFor();
    assert.equal(await link.getAttribute('data-slug'), daily.problem.slug);
    assert.equal(await link.textContent(), daily.problem.title);
    assert.equal(await page.locator('[data-testid="daily-streak"]').count(), 0, 'no streak anonymously');

    await signUpWithApi(page, 'home');
    await page.reload();
    const streak = page.locator('[data-testid="daily-streak"]');
    await streak.waitFor();
    assert.equal(await streak.getAttribute('data-streak'), '0');
    await page.waitForSelector('[data-testid="set-card-interview-essentials"]');
    await page.screenshot({ path: join(ARTIFACTS, 'home.png'), fullPage: true });

    await page.click('[data-testid="set-card-interview-essentials"]');
    await page.waitForSelector('[data-testid="set-title"]');
    assert.equal(await page.textContent('[data-testid="set-title"]'), 'Interview Essentials');
    assert.match(await page.textContent('[data-testid="set-progress"]') ?? '', /^0 of \d+ solved$/);
    const first = await page.$$eval('[data-testid="problem-row"]', (rows) => rows.slice(0, 2).map((r) => /** @type {HTMLElement} */ (r).dataset.slug));
    assert.deepEqual(first, ['two-sum', 'valid-parentheses'], 'in the set order');
    await page.screenshot({ path: join(ARTIFACTS, 'problem-set.png'), fullPage: true });
  });
});
