// The review queue and the chance of solving in Chromium against the running stack: a solved
// and a failed problem come back for review once due; their rating buttons appear only after
// the problem was opened (and survive the trip to the problem page, which shows "Your chance
// of solving"); rating one moves it out of the due list. Recommendations show a chance too.
// A screenshot is kept in tests/artifacts/review.png for a look by eye.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ageReviewCards } from '../api/support/reviews.js';
import { signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

/**
 * Signs up from inside the browser context (the app restores the session from the refresh
 * cookie) and returns the user with an access token for API calls.
 * @param {import('playwright-core').Page} page
 */
const signUpWithToken = (page) => signUpWithApi(page, 'rev');

/**
 * Submits `code` for `slug` through the API and waits for its verdict.
 * @param {import('playwright-core').Page} page
 * @param {string} token
 * @param {string} slug
 * @param {string} code
 */
async function judged(page, token, slug, code) {
  const headers = { authorization: `Bearer ${token}` };
  const sub = await page.request.post('/api/submissions/submit', { data: { problem_slug: slug, language: 'python3', code }, headers });
  assert.equal(sub.status(), 202, await sub.text());
  const { id } = await sub.json();
  for (let i = 0; i < 200; i++) {
    const got = await (await page.request.get(`/api/submissions/${id}`, { headers })).json();
    if (got.finished) return got.status;
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail(`${slug} was not judged in time`);
}

test('due problems come back on the dashboard and a rating reschedules them', { timeout: 240_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithToken(page);
    assert.equal(await judged(page, user.token, 'a-plus-b', CORRECT), 'accepted');
    assert.notEqual(await judged(page, user.token, 'two-sum', 'print(42)\n'), 'accepted');

    // Added today, due in a day or two: nothing is due yet.
    await page.goto('/dashboard');
    await page.waitForSelector(byTestId('review-card'));
    await page.waitForSelector(byTestId('review-due-count'));
    assert.match((await page.textContent(byTestId('review-due-count'))) ?? '', /0 due/);
    assert.equal(await page.locator(byTestId('review-upcoming')).count(), 2);

    // A week later both are due.
    ageReviewCards(user.username, 7);
    await page.reload();
    await page.waitForSelector(byTestId('review-item'));
    assert.match((await page.textContent(byTestId('review-due-count'))) ?? '', /2 due/);
    const item = page.locator(`${byTestId('review-item')}[data-slug="a-plus-b"]`);
    assert.equal(await item.locator(byTestId('review-good')).count(), 0, 'no rating before the problem was opened');

    // Recommendations carry a chance.
    const recChance = await page.locator(byTestId('recommendation-chance')).first().textContent();
    assert.match(recChance ?? '', /Your chance of solving: \d{1,3}%/);

    // Open it: the problem page shows the reader's chance.
    await item.locator(byTestId('review-open')).click();
    await page.waitForSelector(byTestId('solve-chance'));
    assert.match((await page.textContent(byTestId('solve-chance'))) ?? '', /^Your chance of solving: \d{1,3}%$/);

    // Back on the dashboard, the buttons are there; "good" sends it into the future.
    await page.goBack();
    await page.waitForSelector(`${byTestId('review-item')}[data-slug="a-plus-b"] ${byTestId('review-good')}`);
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'review.png'), fullPage: true });
    await item.locator(byTestId('review-good')).click();
    await page.waitForFunction(() => document.querySelector('[data-testid="review-due-count"]')?.textContent?.includes('1 due'));
    assert.equal(await page.locator(`${byTestId('review-item')}[data-slug="a-plus-b"]`).count(), 0);
    assert.equal(await page.locator(`${byTestId('review-item')}[data-slug="two-sum"]`).count(), 1);

    const deck = await (await page.request.get('/api/users/me/reviews', { headers: { authorization: `Bearer ${user.token}` } })).json();
    const card = deck.items.find((/** @type {any} */ i) => i.slug === 'a-plus-b');
    assert.equal(card.last_rating, 'good');
    assert.ok(Date.parse(card.due_at) > Date.now(), card.due_at);
  });
});
