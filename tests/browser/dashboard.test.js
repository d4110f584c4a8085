// The dashboard in Chromium against the running stack: after one accepted A + B, the stats
// cards, streak, 365-day heatmap, difficulty rings, topic chart and recommendations show the
// right counts; Chart.js is not part of the first page load; the public profile shows the
// solve; Settings → Profile saves a time zone. A screenshot of the dashboard is kept in
// tests/artifacts/dashboard.png for a look by eye.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
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
const signUpWithToken = (page) => signUpWithApi(page, 'dash');

/**
 * Submits a correct A + B through the API and waits for its verdict.
 * @param {import('playwright-core').Page} page
 * @param {string} token
 */
async function solveAPlusB(page, token) {
  const headers = { authorization: `Bearer ${token}` };
  const sub = await page.request.post('/api/submissions/submit', { data: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT }, headers });
  assert.equal(sub.status(), 202, await sub.text());
  const { id } = await sub.json();
  for (let i = 0; i < 200; i++) {
    const got = await (await page.request.get(`/api/submissions/${id}`, { headers })).json();
    if (got.finished) return assert.equal(got.status, 'accepted', JSON.stringify(got));
    await new Promise((r) => setTimeout(r, 300));
  }
  assert.fail('A + B was not judged in time');
}

test('the dashboard shows one solve everywhere it should, and the profile pages work', { timeout: 240_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithToken(page);
    await solveAPlusB(page, user.token);

    // The first load of the app fetches no chart code.
    /** @type {string[]} */
    const scripts = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
    await page.goto('/problems');
    await page.waitForSelector(byTestId('nav-dashboard'));
    assert.ok(!scripts.some((u) => /chart|Dashboard/.test(u)), `first load: ${scripts.join(', ')}`);
    let gzipped = 0;
    for (const url of scripts) gzipped += gzipSync(await (await page.request.get(url)).body()).length;
    assert.ok(gzipped <= 200 * 1024, `the first load's JavaScript is ${gzipped} bytes gzipped`);
    t.diagnostic(`first-load JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped`);

    await page.click(byTestId('nav-dashboard'));
    await page.waitForSelector(byTestId('dashboard'));
    assert.equal(await page.textContent(byTestId('stat-solved')), '1');
    assert.equal(await page.textContent(byTestId('stat-acceptance')), '100.0%');
    assert.equal(await page.textContent(byTestId('stat-submissions')), '1');
    assert.equal(await page.textContent(byTestId('streak-current')), '1');
    assert.equal(await page.textContent(byTestId('streak-longest')), '1');

    const days = page.locator(byTestId('heat-day'));
    assert.equal(await days.count(), 365, 'one cell per day of the year');
    assert.equal(await page.locator(`${byTestId('heat-day')}[data-count="1"]`).count(), 1, 'one day with a solve');
    assert.equal(await page.locator(`${byTestId('heat-day')}:not([data-count="0"])`).count(), 1);

    const easy = await page.textContent(`${byTestId('ring-easy')} ${byTestId('ring-solved')}`);
    assert.equal(easy, '1', 'A + B is Easy');
    assert.equal(await page.textContent(`${byTestId('ring-hard')} ${byTestId('ring-solved')}`), '0');
    // Chart.js drew the rings (loaded on demand by the dashboard).
    await page.waitForFunction(() => {
      const canvas = document.querySelector('[data-testid="ring-easy"] canvas');
      return canvas instanceof HTMLCanvasElement && canvas.toDataURL().length > 2000;
    });
    assert.ok(scripts.some((u) => /chart/.test(u)), 'the chart chunk was loaded for the dashboard');
    assert.ok((await page.locator(byTestId('tag-count')).count()) > 0, 'topics listed');

    const recs = page.locator(byTestId('recommendation'));
    const n = await recs.count();
    assert.ok(n >= 1 && n <= 5, `${n} recommendations`);
    assert.ok(!(await recs.allTextContents()).some((r) => r.includes('A + B') || r.includes('A Plus B')), 'a solved problem is never recommended');
    assert.equal(await page.locator(`${byTestId('language')}`).count(), 1);

    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });

    await page.click(byTestId('dash-profile-link'));
    await page.waitForSelector(byTestId('public-profile'));
    assert.equal(await page.textContent(byTestId('profile-solved')), '1');
    assert.equal(await page.locator(byTestId('recent-solve')).count(), 1);
    await page.screenshot({ path: join(ARTIFACTS, 'public-profile.png'), fullPage: true });

    await page.goto('/settings');
    await page.waitForSelector(byTestId('profile-form'));
    await page.fill(byTestId('profile-display-name'), 'Dash Board');
    await page.selectOption(byTestId('profile-time-zone'), 'Asia/Tokyo');
    await page.fill(byTestId('profile-links'), 'ftp://nope.example/');
    await page.click(byTestId('profile-save'));
    assert.match((await page.textContent(byTestId('profile-error'))) ?? '', /links/);
    await page.fill(byTestId('profile-links'), 'https://dash.example/');
    await page.click(byTestId('profile-save'));
    await page.waitForSelector(byTestId('profile-saved'));
    const me = await (await page.request.get('/api/users/me', { headers: { authorization: `Bearer ${user.token}` } })).json();
    assert.deepEqual([me.display_name, me.time_zone, me.links], ['Dash Board', 'Asia/Tokyo', ['https://dash.example/']]);
  });
});
