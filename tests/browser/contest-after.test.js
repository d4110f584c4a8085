// After a contest, in Chromium: a one-minute rated contest that this test's user enters and
// solves (the problem opened from the contest with ?contest=), then the contest page links to
// the results, which show the user's rating change once the farm has finalised the contest,
// the dashboard draws the rating history, and a virtual run of the same contest counts a
// submission made from its own problem link on its replayed board: the virtual page, left
// open, shows the runner's place without a reload. Screenshots land in
// tests/artifacts/ to be looked at.
//
// Needs the stack at BASE_URL with CONTEST_FINALISE_DELAY_SECS=0 for the farm, the farm binary
// (FARM_BIN) and the farm's environment, as scripts/e2e.sh exports them.

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
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

test('results with the rating change, the rating chart and a virtual run', { timeout: 240_000 }, async (t) => {
  const tag = Date.now();
  const problem = `web-after-sum-${tag}`;
  const contest = `web-after-${tag}`;
  const dir = mkdtempSync(join(tmpdir(), 'aa-web-after-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), dir, { recursive: true });
  writeFileSync(join(dir, 'problem.toml'), readFileSync(join(dir, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${problem}"`));
  importPackage(dir);
  const start = new Date(Math.ceil((Date.now() + 12_000) / 1000) * 1000);
  const cdir = join(mkdtempSync(join(tmpdir(), 'aa-web-after-')), contest);
  mkdirSync(cdir);
  writeFileSync(join(cdir, 'contest.toml'), [
    `slug = "${contest}"`, 'title = "Browser Sprint"', 'kind = "weekly"', 'format = "leetcode"',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 1', 'rated = true',
    '', '[[problems]]', `slug = "${problem}"`, 'points = 3', '',
  ].join('\n'));
  importPackage(cdir);

  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'after');
    await page.goto(`/contests/${contest}`);
    await page.click('[data-testid="contest-register"]');
    await page.waitForSelector('[data-testid="contest-registered"]');

    // The contest: solve its problem, opened as the contest's.
    await page.waitForSelector(`[data-testid="contest-problem-link-${problem}"]`, { timeout: Math.max(0, start.getTime() - Date.now()) + 30_000 });
    await page.goto(`/problems/${problem}?contest=${contest}`);
    await selectLanguage(page, 'python3');
    await setCode(page, CORRECT);
    await submitAndWaitForVerdict(page);

    // After the end (and the farm's finalising): the contest page links to the results.
    await page.goto(`/contests/${contest}`);
    await page.waitForSelector('[data-testid="contest-results-link"]', { timeout: 90_000 });
    await page.click('[data-testid="contest-results-link"]');
    await page.waitForURL(new RegExp(`/contests/${contest}/results$`));
    const row = page.locator(`[data-testid="result-row"][data-username="${user.username}"]`);
    await row.waitFor();
    // The ratings land within a watch tick of the end; reload until they show.
    for (let i = 0; i < 40 && (await row.locator('[data-testid="rating-delta"]').count()) === 0; i++) {
      await page.waitForTimeout(1_000);
      await page.reload();
      await row.waitFor();
    }
    assert.equal(await row.locator('td').first().textContent(), '1');
    assert.match((await row.locator('[data-testid="rating-delta"]').textContent()) ?? '', /^\+\d+ → \d+$/);
    await page.screenshot({ path: join(ARTIFACTS, 'contest-results.png'), fullPage: true });

    // The dashboard's rating history: one contest, drawn.
    await page.goto('/dashboard');
    const chart = page.locator('[data-testid="rating-chart"]');
    await chart.waitFor();
    assert.equal(await chart.getAttribute('data-points'), '1');
    await page.waitForSelector('[data-testid="rating-chart-canvas"]');
    assert.equal(await page.locator('[data-testid="rating-entry"]').count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'rating-chart.png'), fullPage: true });

    // A virtual run of the same contest: start it, submit from its problem link, see the row.
    await page.goto(`/contests/${contest}`);
    await page.click('[data-testid="contest-virtual-link"]');
    await page.waitForSelector('[data-testid="virtual-page"][data-state="none"]');
    await page.click('[data-testid="virtual-start"]');
    await page.waitForSelector('[data-testid="virtual-page"][data-state="running"]');
    // The one-minute contest's own clock: a full minute read at once, or less a moment later.
    assert.match((await page.textContent('[data-testid="virtual-countdown"]')) ?? '', /^(01:00|00:[0-5]\d)$/);
    // The virtual page stays open (never reloaded: the marker below would be lost) while the
    // run's problem is solved in a second tab; the runner's place appears on it by itself.
    assert.match((await page.textContent('[data-testid="virtual-rank"]')) ?? '', /^Submit a solution/);
    await page.evaluate(() => { /** @type {any} */ (window).__stayed = true; });
    const href = await page.getAttribute(`[data-testid="virtual-problem-${problem}"]`, 'href');
    assert.equal(href, `/problems/${problem}?contest=${contest}`);
    const tab = await browser.context.newPage();
    await tab.goto(href);
    await selectLanguage(tab, 'python3');
    await setCode(tab, CORRECT);
    await submitAndWaitForVerdict(tab);
    await tab.close();
    await page.waitForSelector('[data-testid="virtual-rank"][data-points="3"]', { timeout: 15_000 });
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__stayed), true, 'the page was not reloaded');
    const mine = page.locator('[data-testid="virtual-row-mine"]');
    await mine.waitFor();
    assert.match((await mine.textContent()) ?? '', /\(virtual\)/);
    assert.match((await page.textContent('[data-testid="virtual-rank"]')) ?? '', /^Your place: \d+ of \d+$/);
    await page.screenshot({ path: join(ARTIFACTS, 'virtual-run.png'), fullPage: true });
  });
});
