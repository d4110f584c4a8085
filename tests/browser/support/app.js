// What a person does in the AlgoArena app, as reusable steps over its data-testid hooks.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { MAIL, codeIn, mailsTo, randomIp, waitForMail } from '../../api/client.js';

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {{ email: string, username: string, password: string }} User */

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

/**
 * Signs up through the form, then types the code from the mail (read from the local outbox).
 * @param {Page} page
 * @param {User} user
 */
export async function signUp(page, { email, username, password }) {
  await page.goto('/signup');
  await page.fill(byTestId('signup-email'), email);
  await page.fill(byTestId('signup-username'), username);
  await page.fill(byTestId('signup-password'), password);
  await page.click(byTestId('signup-submit'));
  await page.waitForSelector(byTestId('verify-code'));
  const code = codeIn(await waitForMail(email, MAIL.verification));
  assert.ok(code, `no verification code in the mail to ${email}`);
  await page.fill(byTestId('verify-code'), code);
  await page.click(byTestId('verify-submit'));
  await expectLoggedInAs(page, username);
}

/**
 * Signs up through the API from inside the browser context, so it holds the refresh cookie (the
 * sign-up form has its own test), and returns the account with an access token for API calls.
 * `prefix` names the account after the test that made it.
 * @param {Page} page
 * @returns {Promise<User & { token: string }>}
 */
export async function signUpWithApi(page, prefix = 'web') {
  const tag = randomBytes(5).toString('hex');
  const user = { email: `${prefix}-${tag}@example.com`, username: `${prefix}_${tag}`, password: `Pw-${tag}-long-enough` };
  // Its own address, like the API tests' clients, so per-IP sign-up limits see a new person.
  const headers = { 'cf-connecting-ip': randomIp() };
  const before = (await mailsTo(user.email, MAIL.verification)).length;
  let res = await page.request.post('/api/auth/register', { data: user, headers });
  if (res.status() === 202) {
    const code = codeIn(await waitForMail(user.email, MAIL.verification, before + 1));
    res = await page.request.post('/api/auth/verify-email', { data: { email: user.email, code }, headers });
  }
  assert.ok(res.ok(), `sign-up failed: ${res.status()} ${await res.text()}`);
  const token = (await res.json()).access_token;
  assert.equal(typeof token, 'string', 'signing up ends with an access token');
  return { ...user, token };
}

/**
 * Opens a problem page directly and waits until it shows `username` as signed in.
 * @param {Page} page
 * @param {string} slug
 * @param {string} username
 */
export async function openProblemSignedIn(page, slug, username) {
  await page.goto(`/problems/${slug}`);
  await page.waitForSelector(byTestId('problem-title'));
  await page.waitForFunction((name) => document.querySelector('[data-testid="nav-username"]')?.textContent === name, username);
}

/** @param {Page} page @param {User} user */
export async function logIn(page, { email, password, username }) {
  await page.click(byTestId('nav-login'));
  await page.waitForURL(/\/login/);
  await page.fill(byTestId('login-email'), email);
  await page.fill(byTestId('login-password'), password);
  await page.click(byTestId('login-submit'));
  await expectLoggedInAs(page, username);
}

/** @param {Page} page */
export async function logOut(page) {
  await page.click(byTestId('nav-logout'));
  await page.waitForSelector(byTestId('nav-login'));
  assert.equal(await page.locator(byTestId('nav-username')).count(), 0, 'username still shown after log-out');
}

/**
 * Opens the settings page and waits until each of its sections has loaded (the profile form,
 * the billing state, the sessions list). Each arrives on its own request and pushes the
 * sections below it down, so a click aimed before they settle can land on whatever moved
 * under the pointer (a 2FA button click once went to the profile form and nothing happened).
 * @param {Page} page
 */
export async function openSettings(page) {
  await page.click(byTestId('nav-settings'));
  await page.waitForSelector(byTestId('profile-form'));
  await page.waitForSelector(byTestId('session-row'));
  await page.waitForSelector(`${byTestId('billing-state')}, ${byTestId('billing-settings')} [role="alert"]`);
}

/** @param {Page} page @param {string} username */
async function expectLoggedInAs(page, username) {
  // An API error (email taken, bad password...) shows up in the form; report it rather than time out.
  // Only the app's own alerts count: Monaco keeps an empty role="alert" live region in the body
  // once an editor has mounted (a problem page opened before logging in), which is no error.
  const outcome = await page.waitForFunction(
    (name) => {
      const user = document.querySelector('[data-testid="nav-username"]');
      if (user && user.textContent === name) return { ok: true };
      const err = [...document.querySelectorAll('[role="alert"]')].find(
        (el) => !el.closest('.monaco-aria-container') && el.textContent?.trim(),
      );
      return err ? { ok: false, error: err.textContent } : null;
    },
    username,
    { timeout: 15_000 },
  );
  const { ok, error } = await outcome.jsonValue();
  assert.ok(ok, `expected to be logged in as ${username}, but the form says: ${error}`);
}

/**
 * Opens the problem list and follows the link to `slug`, paging through the list if needed.
 * @param {Page} page
 * @param {string} slug
 */
export async function openProblemFromList(page, slug) {
  await page.click(byTestId('nav-problems'));
  await page.waitForSelector(`${byTestId('problem-row')}, ${byTestId('problem-list-empty')}`);
  for (let pages = 0; pages < 100; pages++) {
    const link = page.locator(byTestId(`problem-link-${slug}`));
    if (await link.count()) {
      await link.click();
      await page.waitForSelector(byTestId('problem-title'));
      return;
    }
    const next = page.locator(byTestId('page-next'));
    assert.ok(await next.isEnabled(), `problem ${slug} is not in the problem list`);
    const before = await page.textContent(byTestId('page-indicator'));
    await next.click();
    await page.waitForFunction(
      (old) => document.querySelector('[data-testid="page-indicator"]')?.textContent !== old,
      before,
    );
    await page.waitForSelector(byTestId('problem-row'));
  }
  assert.fail(`gave up looking for ${slug} after 100 pages`);
}

/** @param {Page} page @param {string} languageId */
export async function selectLanguage(page, languageId) {
  await page.selectOption(byTestId('language-select'), languageId);
}

/**
 * Replaces the editor's text through the app's test hook (typing into Monaco auto-indents).
 * @param {Page} page
 * @param {string} code
 */
export async function setCode(page, code) {
  await page.waitForFunction(() => Boolean(window.__aaEditor), null, { timeout: 30_000 });
  await page.evaluate((c) => window.__aaEditor.setValue(c), code);
  assert.equal(await page.evaluate(() => window.__aaEditor.getValue()), code);
}

/**
 * Clicks Submit and waits for this submission's final verdict; returns its human name.
 * @param {Page} page
 */
export async function submitAndWaitForVerdict(page, { timeoutMs = 60_000 } = {}) {
  // The last verdict stays on screen until the new submission replaces it; wait for a new id.
  const shown = page.locator(byTestId('verdict'));
  const previousId = (await shown.count()) ? await shown.getAttribute('data-submission-id') : null;
  await page.click(byTestId('submit-button'));
  const handle = await page.waitForFunction(
    (prev) => {
      const err = document.querySelector('[data-testid="submit-error"]');
      if (err) return { error: err.textContent };
      const v = /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="verdict"]'));
      if (!v || v.dataset.finished !== 'true' || v.dataset.submissionId === prev) return null;
      const details = document.querySelector('[data-testid="verdict-error"]');
      return { verdict: v.textContent, details: details?.textContent ?? '' };
    },
    previousId,
    { timeout: timeoutMs, polling: 250 },
  );
  const result = await handle.jsonValue();
  assert.equal(result.error, undefined, `submission failed: ${result.error}`);
  return result;
}

/**
 * Clicks Submit and waits until the live progress says "test k of n"; returns that text.
 * @param {Page} page
 */
export async function submitAndWaitForProgress(page, { timeoutMs = 60_000 } = {}) {
  const shown = page.locator(byTestId('verdict'));
  const previousId = (await shown.count()) ? await shown.getAttribute('data-submission-id') : null;
  await page.click(byTestId('submit-button'));
  const handle = await page.waitForFunction(
    (prev) => {
      const err = document.querySelector('[data-testid="submit-error"]');
      if (err) return { error: err.textContent };
      const v = /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="verdict"]'));
      if (!v || v.dataset.submissionId === prev) return null;
      const p = document.querySelector('[data-testid="verdict-progress"]');
      if (p && /test \d+ of \d+/.test(p.textContent)) return { progress: p.textContent };
      if (v.dataset.finished === 'true') return { error: `judged ${v.textContent} before any progress was shown` };
      return null;
    },
    previousId,
    { timeout: timeoutMs, polling: 100 },
  );
  const result = await handle.jsonValue();
  assert.equal(result.error, undefined, result.error);
  return result.progress;
}

/**
 * Waits for the verdict already submitted (the one on screen) to be final; returns its name.
 * @param {Page} page
 */
export async function waitForShownVerdict(page, { timeoutMs = 60_000 } = {}) {
  await page.waitForSelector('[data-testid="verdict"][data-finished="true"]', { timeout: timeoutMs });
  return page.textContent(byTestId('verdict'));
}

/**
 * Opens the Submissions tab and returns its rows as {status, text}, newest first.
 * @param {Page} page
 */
export async function submissionHistory(page, { atLeast = 1 } = {}) {
  await page.click(byTestId('tab-submissions'));
  await page.waitForFunction(
    (n) => document.querySelectorAll('[data-testid="submission-history"]').length >= n,
    atLeast,
    { timeout: 15_000 },
  );
  return page.$$eval('[data-testid="submission-history"]', (rows) =>
    rows.map((r) => ({ status: r.dataset.status, text: r.textContent })),
  );
}

/**
 * The Testcase tab's inputs, in order, read by opening each case's tab.
 * @param {Page} page
 */
export async function testCaseInputs(page) {
  await page.click(byTestId('console-tab-testcase'));
  const count = Number(await page.getAttribute(byTestId('testcase-editor'), 'data-cases'));
  const inputs = [];
  for (let n = 1; n <= count; n++) {
    await page.click(byTestId(`testcase-tab-${n}`));
    await page.waitForSelector(`${byTestId('testcase-input')}[data-case="${n}"]`);
    inputs.push(await page.inputValue(byTestId('testcase-input')));
  }
  return inputs;
}

/**
 * Types `input` as case `n`'s input on the Testcase tab.
 * @param {Page} page
 * @param {number} n
 * @param {string} input
 */
export async function setTestCaseInput(page, n, input) {
  await page.click(byTestId('console-tab-testcase'));
  await page.click(byTestId(`testcase-tab-${n}`));
  await page.waitForSelector(`${byTestId('testcase-input')}[data-case="${n}"]`);
  await page.fill(byTestId('testcase-input'), input);
}

/**
 * Clicks Run and waits for this run's result; returns its verdict, runtime, error message and
 * its cases as {number, status, input, output, expected, stdout, stderr} (texts without their
 * trailing newline, absent ones null).
 * @param {Page} page
 */
export async function runAndWaitForResult(page, { timeoutMs = 60_000 } = {}) {
  // The last result stays on its tab until the new run replaces it; wait for a new id.
  await page.click(byTestId('console-tab-result'));
  const shown = page.locator(byTestId('run-verdict'));
  const previousId = (await shown.count()) ? await shown.getAttribute('data-submission-id') : null;
  await page.click(byTestId('run-button'));
  const handle = await page.waitForFunction(
    (prev) => {
      const err = document.querySelector('[data-testid="run-error"]');
      if (err) return { error: err.textContent };
      const v = /** @type {HTMLElement | null} */ (document.querySelector('[data-testid="run-verdict"]'));
      if (!v || v.dataset.finished !== 'true' || v.dataset.submissionId === prev) return null;
      return {
        verdict: v.textContent,
        runtime: document.querySelector('[data-testid="run-runtime"]')?.textContent ?? null,
        message: document.querySelector('[data-testid="run-error-message"]')?.textContent ?? null,
        caseCount: document.querySelectorAll('[data-testid^="run-case-tab-"]').length,
      };
    },
    previousId,
    { timeout: timeoutMs, polling: 250 },
  );
  const { error, caseCount, ...result } = await handle.jsonValue();
  assert.equal(error, undefined, `run failed: ${error}`);
  const cases = [];
  for (let n = 1; n <= caseCount; n++) {
    await page.click(byTestId(`run-case-tab-${n}`));
    await page.waitForSelector(`${byTestId('run-case')}[data-number="${n}"]`);
    cases.push(
      await page.$eval(byTestId('run-case'), (el) => {
        // The texts are shown as the program wrote them; their final newline does not matter here.
        /** @param {string} id */
        const text = (id) => el.querySelector(`[data-testid="${id}"]`)?.textContent.trimEnd() ?? null;
        return {
          number: Number(el.dataset.number),
          status: el.dataset.status,
          input: text('run-case-input'),
          output: text('run-case-output'),
          expected: text('run-case-expected'),
          stdout: text('run-case-stdout'),
          stderr: text('run-case-stderr'),
          judge: text('run-case-judge'),
        };
      }),
    );
  }
  return { ...result, cases };
}
