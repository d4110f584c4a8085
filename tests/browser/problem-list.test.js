// The problem list in Chromium: search finds a problem by a title word (first) and through a
// typo; difficulty and tag filters change the counts, which agree with the API; the filters
// live in the URL and survive a reload; `/` focuses the search box; a user who solved a
// problem sees its ✓ and can filter by it. Screenshots land in tests/artifacts/ to be looked at.
//
// Needs the stack at BASE_URL with the seed problems and Debian's Chromium.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openProblemSignedIn, selectLanguage, setCode, signUpWithApi, submitAndWaitForVerdict } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** @typedef {import('playwright-core').Page} Page */

/** The slugs of the rows shown, in order. @param {Page} page */
const rowSlugs = (page) => page.$$eval('[data-testid="problem-row"]', (rows) => rows.map((r) => /** @type {HTMLElement} */ (r).dataset.slug));

/** The total the page shows. @param {Page} page */
const shownTotal = async (page) => Number(await page.getAttribute('[data-testid="problem-total"]', 'data-total'));

/**
 * Waits until the list has answered for the URL now shown (its total is rendered and the table
 * is no longer refreshing) and `check` holds.
 * @param {Page} page
 * @param {(state: { slugs: string[], total: number, search: string }) => boolean} check
 * @param {string} what
 */
async function waitForList(page, check, what) {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const settled = await page.evaluate(() => {
      const total = document.querySelector('[data-testid="problem-total"]')?.getAttribute('data-total');
      const busy = document.querySelector('[data-testid="problem-table"]')?.closest('[aria-busy="true"]');
      return total != null && !busy;
    });
    if (settled) {
      const state = { slugs: await rowSlugs(page), total: await shownTotal(page), search: new URL(page.url()).search };
      if (check(state)) return state;
      if (Date.now() > deadline) assert.fail(`${what}: the list shows ${JSON.stringify(state)}`);
    } else if (Date.now() > deadline) {
      assert.fail(`${what}: the list never settled`);
    }
    await page.waitForTimeout(100);
  }
}

/** The API's total for a query, as an independent count. @param {Page} page @param {string} query */
async function apiTotal(page, query) {
  const res = await page.request.get(`/api/problems?${query}`);
  assert.equal(res.status(), 200, await res.text());
  return (await res.json()).total;
}

test('search, filters, counts, the URL and the solved mark on the problem list', { timeout: 240_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });

  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/problems');
    const all = await waitForList(page, (s) => s.total > 0 && s.slugs.length > 0, 'the unfiltered list');
    assert.equal(all.total, await apiTotal(page, ''), 'the page shows the API total');

    // A title word: the problem comes first, and the URL carries the search after the pause.
    await page.fill('[data-testid="problem-search"]', 'parentheses');
    await waitForList(page, (s) => s.search.includes('q=parentheses') && s.slugs[0] === 'valid-parentheses', 'searching "parentheses"');
    // A typo still finds it.
    await page.fill('[data-testid="problem-search"]', 'parenthesse');
    await waitForList(page, (s) => s.search.includes('q=parenthesse') && s.slugs[0] === 'valid-parentheses', 'searching a typo');
    await page.fill('[data-testid="problem-search"]', 'zzqx nothing like this');
    await waitForList(page, (s) => s.total === 0, 'a search without matches');
    assert.match(await page.textContent('[data-testid="problem-list-empty"]'), /No problems match/);
    await page.click('[data-testid="clear-filters"]');
    await waitForList(page, (s) => s.search === '' && s.total === all.total, 'clearing the filters');
    assert.equal(await page.inputValue('[data-testid="problem-search"]'), '', 'the box follows the URL');

    // Difficulty narrows the list; the count agrees with the API's.
    await page.selectOption('[data-testid="difficulty-filter"]', 'Easy');
    const easy = await waitForList(page, (s) => s.search.includes('difficulty=Easy'), 'filtering Easy');
    assert.ok(easy.total > 0 && easy.total < all.total, `Easy: ${easy.total} of ${all.total}`);
    assert.equal(easy.total, await apiTotal(page, 'difficulty=Easy'));
    const badges = await page.$$eval('[data-testid="problem-row"] [data-testid="difficulty-badge"]', (b) => b.map((x) => x.textContent));
    assert.ok(badges.every((b) => b === 'Easy'), `badges: ${badges}`);

    // A tag on top, picked with the keyboard: the panel opens, the box narrows, Space ticks.
    /** @type {{ slug: string, name: string, problems: number }[]} */
    const tags = await (await page.request.get('/api/problems/tags')).json();
    const dp = tags.find((tag) => tag.name === 'Dynamic Programming');
    assert.ok(dp, 'the seed problems have a Dynamic Programming tag');
    await page.focus('[data-testid="tag-filter"]');
    await page.keyboard.press('Enter');
    await page.keyboard.type('dynamic');
    await page.focus(`[data-testid="tag-option-${dp.slug}"]`);
    await page.keyboard.press('Space');
    const both = await waitForList(page, (s) => s.search.includes(`tags=${dp.slug}`), 'filtering by the tag');
    assert.equal(both.total, await apiTotal(page, `difficulty=Easy&tags=${dp.slug}`));
    assert.ok(both.total > 0 && both.total < easy.total, `Easy and DP: ${both.total} of ${easy.total}`);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('[data-testid="tag-panel"]').count(), 0, 'Escape closes the panel');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'tag-filter', 'and gives focus back');

    // Sorting by title, then a reload keeps every choice.
    await page.selectOption('[data-testid="sort-select"]', 'title');
    const sorted = await waitForList(page, (s) => s.search.includes('sort=title'), 'sorting by title');
    const byTitle = await (await page.request.get(`/api/problems?difficulty=Easy&tags=${dp.slug}&sort=title`)).json();
    assert.deepEqual(sorted.slugs, byTitle.items.map((/** @type {{ slug: string }} */ p) => p.slug), 'rows in the title order of the API');
    const url = page.url();
    await page.reload();
    const reloaded = await waitForList(page, (s) => s.total === sorted.total, 'after a reload');
    assert.equal(page.url(), url);
    assert.deepEqual(reloaded.slugs, sorted.slugs);
    assert.equal(await page.inputValue('[data-testid="difficulty-filter"]'), 'Easy');
    assert.equal(await page.inputValue('[data-testid="sort-select"]'), 'title');
    assert.match(await page.textContent('[data-testid="tag-filter"]') ?? '', /Tags · 1/);
    await page.screenshot({ path: join(ARTIFACTS, 'problem-list-filtered.png'), fullPage: true });

    // `/` jumps to the search box.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-testid')), 'problem-search');

    // Signed in: solve a-plus-b, and the list marks it solved.
    const user = await signUpWithApi(page, 'list');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await selectLanguage(page, 'python3');
    await setCode(page, CORRECT);
    const verdict = await submitAndWaitForVerdict(page);
    assert.equal(verdict.verdict, 'Accepted', verdict.details);

    const math = tags.find((tag) => tag.name === 'Math');
    assert.ok(math, 'a-plus-b is tagged Math');
    await page.goto(`/problems?tags=${math.slug}&sort=title`);
    await waitForList(page, (s) => s.slugs.includes('a-plus-b'), 'the Math problems, signed in');
    await page.waitForSelector('[data-testid="problem-row"][data-slug="a-plus-b"] [data-testid="mark-solved"]');
    assert.equal(await page.locator('[data-testid="mark-solved"]').count(), 1, 'only the solved problem is marked');
    await page.screenshot({ path: join(ARTIFACTS, 'problem-list-solved.png'), fullPage: true });

    await page.selectOption('[data-testid="status-filter"]', 'solved');
    const solved = await waitForList(page, (s) => s.search.includes('status=solved'), 'the solved filter');
    assert.deepEqual(solved.slugs, ['a-plus-b']);
  });
});
