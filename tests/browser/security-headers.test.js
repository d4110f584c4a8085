// The web app under its Content-Security-Policy and the other security headers (issue 17):
// signing up, the problem list, the Monaco editor with its worker, judging, and the 2FA QR code
// all work, and the browser reports no policy violation on the way. An inline script injected
// into the page is blocked (so the listener would see a violation), and no other site can
// frame the app.
//
// Needs the stack at BASE_URL with the seed problems and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { test } from 'node:test';
import { openProblemFromList, openSettings, selectLanguage, setCode, signUp, submitAndWaitForVerdict } from './support/app.js';
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

  /** What the console said about refused content since line `from`. @param {number} from */
  const refusals = (from) => consoleLines.slice(from).filter((l) => /Content Security Policy|Refused to|Could not create web worker/i.test(l));

  await withFailureArtifacts(t.name, browser, async () => {
    const first = await page.goto('/');
    assert.ok(first, 'no response for /');
    const csp = first.headers()['content-security-policy'] ?? '';
    assert.match(csp, /script-src 'self';/, 'the app is served with its policy');
    assert.equal(first.headers()['x-content-type-options'], 'nosniff');

    await signUp(page, user);
    await openProblemFromList(page, 'a-plus-b');
    await selectLanguage(page, 'python3');
    // Real keystrokes, so Monaco renders, tokenizes and measures under the policy.
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' # typed under the policy', { delay: 20 });
    await page.waitForFunction(() => window.__aaEditor.getValue().includes('# typed under the policy'));
    assert.deepEqual(await violations(page), [], 'no policy violation while signing up and editing');
    assert.deepEqual(refusals(0), [], 'the console reports no refusal');
    // Monaco's editor worker is a file of our own origin, which the
    // policy lets start (its chunk names it); a blob: worker, Monaco's fallback for cross-origin
    // workers, it refuses.
    const chunks = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js')));
    let workerUrl;
    for (const chunk of chunks) workerUrl ??= /\/assets\/editor\.worker[\w.-]*\.js/.exec(await (await page.request.get(chunk)).text())?.[0];
    assert.ok(workerUrl, 'the bundle names no editor worker');
    const started = await page.evaluate(async (url) => {
      const start = (/** @type {string} */ src) => new Promise((resolve) => {
        try {
          const w = new Worker(src, { type: 'module' });
          w.onerror = () => resolve(false);
          setTimeout(() => { w.terminate(); resolve(true); }, 1000);
        } catch {
          resolve(false);
        }
      });
      const blob = URL.createObjectURL(new Blob(['postMessage(1)'], { type: 'text/javascript' }));
      return { own: await start(url), blob: await start(blob) };
    }, workerUrl);
    assert.deepEqual(started, { own: true, blob: false });
    // The refused blob: worker is the one violation; forget it for the checks below.
    const blocked = await violations(page);
    assert.equal(blocked.length, 1, blocked.join('\n'));
    assert.match(blocked[0], /^worker-src blocked blob/);
    await page.evaluate(() => { /** @type {any} */ (window).__cspViolations = []; });
    const afterWorkers = consoleLines.length;
    await setCode(page, CORRECT);
    const verdict = await submitAndWaitForVerdict(page);
    assert.equal(verdict.verdict, 'Accepted', verdict.details);

    // The 2FA set-up shows its QR code as a data: image.
    await openSettings(page);
    // Setting up 2FA takes a fresh proof: the password.
    await page.fill('[data-testid="totp-password"]', user.password);
    await page.click('[data-testid="totp-setup"]');
    await page.waitForSelector('[data-testid="totp-qr"]');
    assert.ok(await page.$eval('[data-testid="totp-qr"]', (img) => /** @type {HTMLImageElement} */ (img).naturalWidth > 0), 'the QR code did not render');

    assert.deepEqual(await violations(page), [], 'no policy violation while using the app');
    assert.deepEqual(refusals(afterWorkers), [], 'the console reports no refusal');

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
  // The other site is a local server on another port: another origin, and (unlike a page of
  // no address) one Chromium lets embed local pages, so only our headers can stop it.
  const html = `<iframe id="victim" src="${BASE_URL}/problems" width="800" height="600"></iframe>`;
  const evil = createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end(html));
  await new Promise((resolve) => evil.listen(0, '127.0.0.1', () => resolve(undefined)));
  t.after(() => evil.close());
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto(`http://127.0.0.1:${/** @type {import('node:net').AddressInfo} */ (evil.address()).port}/`);
    // Give the frame time to load and render if it is allowed to.
    await page.waitForTimeout(3_000);
    const frame = await (await page.$('#victim'))?.contentFrame();
    const inside = frame ? await frame.evaluate(() => document.querySelector('#root')?.childElementCount ?? 0).catch(() => 0) : 0;
    assert.equal(inside, 0, 'the app rendered inside another site\'s frame');
  });
});
