// The web app under its Content-Security-Policy and the other security headers (issue 17):
// signing up, the problem list, the Monaco editor with its worker, judging, and the 2FA QR code
// all work, and the browser reports no policy violation on the way. An inline script injected
// into the page is blocked (so the listener would see a violation), and no other site can
// frame the app.
//
// Needs the stack at BASE_URL with the seed problems and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { openProblemFromList, selectLanguage, setCode, signUp, submitAndWaitForVerdict } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { BASE_URL, openBrowser } from './support/chromium.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/**
 * Policy violations the page has seen so far (recorded by the init script below).
 * @param {import('playwright-core').Page} page
 * @returns {Promise<string[]>}
 */
const violations = (page) => page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);

test('the app, Monaco and its worker run under the strict policy with no violation reported', { timeout: 240_000 }, async (t) => {
  const tag = randomBytes(5).toString('hex');
  const user = { email: `csp-${tag}@example.com`, username: `csp_${tag}`, password: `Pw-${tag}-long-enough` };
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page, consoleLines } = browser;
  // Installed before any of the app's code runs, in every document the page opens.
  await page.addInitScript(() => {
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      /** @type {any} */ (window).__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });

  /** @type {string[]} */
  const workers = [];
  page.on('worker', (w) => workers.push(w.url()));

  await withFailureArtifacts(t.name, browser, async () => {
    const first = await page.goto('/');
    assert.ok(first, 'no response for /');
    const csp = first.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self';/, 'the app is served with its policy');
    assert.equal(first.headers()['x-content-type-options'], 'nosniff');

    await signUp(page, user);
    await openProblemFromList(page, 'a-plus-b');
    await selectLanguage(page, 'python3');
    // Real keystrokes, so Monaco's rendering, tokenizer and worker all do their work.
    await page.click('.monaco-editor .view-lines');
    // A word typed again opens word-based suggestions, which Monaco computes in its worker.
    await page.keyboard.type('typed_under_policy = 1\ntyped_u');
    await page.waitForFunction(() => window.__aaEditor.getValue().includes('typed_under_policy = 1'));
    for (let i = 0; i < 50 && !workers.some((u) => u.startsWith(BASE_URL)); i++) await page.waitForTimeout(200);
    // Monaco's worker came from our origin (one it cannot start falls back to the main thread
    // with a console warning).
    assert.ok(workers.some((u) => u.startsWith(BASE_URL)), `no editor worker was started: ${workers}`);
    await page.keyboard.press('Escape');
    await setCode(page, CORRECT);
    const verdict = await submitAndWaitForVerdict(page);
    assert.equal(verdict.verdict, 'Accepted', verdict.details);

    // The 2FA set-up shows its QR code as a data: image.
    await page.click('[data-testid="nav-settings"]');
    await page.click('[data-testid="totp-setup"]');
    await page.waitForSelector('[data-testid="totp-qr"]');
    assert.ok(await page.$eval('[data-testid="totp-qr"]', (img) => /** @type {HTMLImageElement} */ (img).naturalWidth > 0), 'the QR code did not render');

    assert.deepEqual(await violations(page), [], 'no policy violation while using the app');
    const refused = consoleLines.filter((l) => /Content Security Policy|Refused to|Could not create web worker/i.test(l));
    assert.deepEqual(refused, [], 'the console reports no refusal');

    // The control: script injected into the page does not run, and is reported.
    const ran = await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__injected = true';
      document.head.append(s);
      return Boolean(/** @type {any} */ (window).__injected);
    });
    assert.equal(ran, false, 'an injected inline script ran');
    await page.waitForFunction(() => /** @type {any} */ (window).__cspViolations.length > 0);
    assert.match((await violations(page))[0], /^script-src/);
  });
});

test('no other site can frame the app', { timeout: 60_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    // A page of another origin (about:blank here) embeds the app.
    await page.goto('about:blank');
    await page.setContent(`<iframe id="victim" src="${BASE_URL}/problems" width="800" height="600"></iframe>`);
    const frame = await (await page.$('#victim'))?.contentFrame();
    // Give the frame time to load if it is allowed to.
    await page.waitForTimeout(2_000);
    const inside = frame ? await frame.evaluate(() => document.querySelector('#root')?.childElementCount ?? 0).catch(() => 0) : 0;
    assert.equal(inside, 0, 'the app rendered inside another site\'s frame');
  });
});
