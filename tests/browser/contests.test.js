// Contest pages in Chromium: a contest imported by this test (starting ~30 s later, with its
// own copy of a-plus-b) is listed as upcoming with a ticking countdown; its page hides the
// problems, lets a signed-in user register, withdraw and register again; at the start the
// problems appear without a reload and link to the problem page; after a contest submit the
// page pins the user's row and shows their predicted rating change. Screenshots land in
// tests/artifacts/ to be looked at.
//
// Needs the stack at BASE_URL, the farm binary (FARM_BIN) and the farm's environment
// (DATABASE_URL, REDIS_URL, FARM_SHARED_SECRET, EDGE_URL), as scripts/e2e.sh exports them.

import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { selectLanguage, setCode, signUpWithApi, submitAndWaitForVerdict } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';
import { importPackage } from '../api/support/farm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');

/** A copy of a-plus-b under a new slug, imported. @param {string} slug */
function importProblemCopy(slug) {
  const dir = mkdtempSync(join(tmpdir(), 'aa-web-contest-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), dir, { recursive: true });
  const manifest = readFileSync(join(dir, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${slug}"`);
  writeFileSync(join(dir, 'problem.toml'), manifest);
  importPackage(dir);
}

/** A contest package with one problem, imported. @param {string} slug @param {Date} start @param {string} problem */
function importContest(slug, start, problem) {
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-web-contest-')), slug);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${slug}"`, 'title = "Browser Weekly"', 'kind = "weekly"', 'format = "leetcode"',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 90', 'rated = true',
    'setters = []', '', '[[problems]]', `slug = "${problem}"`, 'points = 3', '',
  ].join('\n'));
  importPackage(dir);
}

test('the contest list counts down, the contest page registers and reveals its problems at the start', { timeout: 180_000 }, async (t) => {
  const tag = Date.now();
  const problem = `web-contest-sum-${tag}`;
  const contest = `browser-weekly-${tag}`;
  importProblemCopy(problem);
  // Whole seconds, as contest.toml takes them; long enough for the steps before the start.
  const start = new Date(Math.ceil((Date.now() + 35_000) / 1000) * 1000);
  importContest(contest, start, problem);

  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'contest');

    await page.goto('/');
    await page.click('[data-testid="nav-contests"]');
    await page.waitForURL(/\/contests$/);
    const card = page.locator(`[data-testid="contest-card-${contest}"]`);
    await card.waitFor();
    assert.equal(await page.locator(`[data-testid="contests-upcoming"] [data-testid="contest-card-${contest}"]`).count(), 1, 'listed as upcoming');
    const first = await card.locator('[data-testid="countdown"]').textContent();
    await page.waitForFunction(
      ([sel, before]) => document.querySelector(sel)?.textContent !== before,
      [`[data-testid="contest-card-${contest}"] [data-testid="countdown"]`, first],
      { timeout: 5_000 },
    );
    assert.match(first ?? '', /^00:[0-5]\d$/, `a countdown under a minute: ${first}`);
    await page.screenshot({ path: join(ARTIFACTS, 'contests-list.png'), fullPage: true });

    await card.click();
    await page.waitForURL(new RegExp(`/contests/${contest}$`));
    await page.waitForSelector('[data-testid="contest-problems-hidden"]');
    assert.equal(await page.textContent('[data-testid="contest-phase"]'), 'Upcoming');
    assert.equal(await page.textContent('[data-testid="contest-title"]'), 'Browser Weekly');
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-username"]'));
    assert.equal(await page.textContent('[data-testid="nav-username"]'), user.username);

    await page.click('[data-testid="contest-register"]');
    await page.waitForSelector('[data-testid="contest-registered"]');
    assert.equal(await page.textContent('[data-testid="contest-registrants"]'), '1');
    await page.click('[data-testid="contest-unregister"]');
    await page.waitForSelector('[data-testid="contest-register"]');
    assert.equal(await page.textContent('[data-testid="contest-registrants"]'), '0');
    await page.click('[data-testid="contest-register"]');
    await page.waitForSelector('[data-testid="contest-registered"]');
    await page.screenshot({ path: join(ARTIFACTS, 'contest-before-start.png'), fullPage: true });

    // The start: the problems appear on the open page, withdrawing is gone.
    await page.waitForSelector(`[data-testid="contest-problem-link-${problem}"]`, { timeout: Math.max(0, start.getTime() - Date.now()) + 30_000 });
    assert.equal(await page.textContent('[data-testid="contest-phase"]'), 'Live');
    assert.equal(await page.locator('[data-testid="contest-unregister"]').count(), 0, 'no withdrawing after the start');
    assert.equal(await page.locator('[data-testid="contest-problem"]').first().locator('.contest-letter').textContent(), 'A');
    assert.equal(await page.locator('[data-testid="leaderboard-slot"]').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'contest-running.png'), fullPage: true });

    await page.click(`[data-testid="contest-problem-link-${problem}"]`);
    await page.waitForSelector('[data-testid="problem-title"]');
    assert.match(page.url(), new RegExp(`/problems/${problem}$`));

    // Solved for the contest: back on its page the user's row is pinned and, the contest
    // being rated, their predicted rating change shows.
    await page.goto(`/problems/${problem}?contest=${contest}`);
    await selectLanguage(page, 'python3');
    await setCode(page, 'a, b = map(int, input().split())\nprint(a + b)\n');
    await submitAndWaitForVerdict(page);
    await page.goto(`/contests/${contest}`);
    await page.waitForSelector('[data-testid="board-row-mine"]', { timeout: 30_000 });
    const predicted = page.locator('[data-testid="predicted-rating-change"]');
    await predicted.waitFor({ timeout: 30_000 });
    assert.match((await predicted.textContent()) ?? '', /^Predicted rating change if the contest ended now: [+-]?\d+$/);

    // Back on the list it is live now.
    await page.goto('/contests');
    await page.waitForSelector(`[data-testid="contests-running"] [data-testid="contest-card-${contest}"]`);
  });
});
