// What a person does in the AlgoArena app, as reusable steps over its data-testid hooks.

import assert from 'node:assert/strict';
import { codeIn, waitForMail } from '../../api/client.js';

const byTestId = (id) => `[data-testid="${id}"]`;

/** Signs up through the form, then types the code from the mail (read from the local outbox). */
export async function signUp(page, { email, username, password }) {
  await page.goto('/signup');
  await page.fill(byTestId('signup-email'), email);
  await page.fill(byTestId('signup-username'), username);
  await page.fill(byTestId('signup-password'), password);
  await page.click(byTestId('signup-submit'));
  await page.waitForSelector(byTestId('verify-code'));
  const code = codeIn(await waitForMail(email));
  assert.ok(code, `no verification code in the mail to ${email}`);
  await page.fill(byTestId('verify-code'), code);
  await page.click(byTestId('verify-submit'));
  await expectLoggedInAs(page, username);
}

export async function logIn(page, { email, password, username }) {
  await page.click(byTestId('nav-login'));
  await page.waitForURL(/\/login/);
  await page.fill(byTestId('login-email'), email);
  await page.fill(byTestId('login-password'), password);
  await page.click(byTestId('login-submit'));
  await expectLoggedInAs(page, username);
}

export async function logOut(page) {
  await page.click(byTestId('nav-logout'));
  await page.waitForSelector(byTestId('nav-login'));
  assert.equal(await page.locator(byTestId('nav-username')).count(), 0, 'username still shown after log-out');
}

async function expectLoggedInAs(page, username) {
  // An API error (email taken, bad password...) shows up in the form; report it rather than time out.
  const outcome = await page.waitForFunction(
    (name) => {
      const user = document.querySelector('[data-testid="nav-username"]');
      if (user && user.textContent === name) return { ok: true };
      const err = document.querySelector('[role="alert"]');
      return err ? { ok: false, error: err.textContent } : null;
    },
    username,
    { timeout: 15_000 },
  );
  const { ok, error } = await outcome.jsonValue();
  assert.ok(ok, `expected to be logged in as ${username}, but the form says: ${error}`);
}

/** Opens the problem list and follows the link to `slug`, paging through the list if needed. */
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

export async function selectLanguage(page, languageId) {
  await page.selectOption(byTestId('language-select'), languageId);
}

/** Replaces the editor's text through the app's test hook (typing into Monaco auto-indents). */
export async function setCode(page, code) {
  await page.waitForFunction(() => Boolean(window.__aaEditor), null, { timeout: 30_000 });
  await page.evaluate((c) => window.__aaEditor.setValue(c), code);
  assert.equal(await page.evaluate(() => window.__aaEditor.getValue()), code);
}

/** Clicks Submit and waits for this submission's final verdict; returns its human name. */
export async function submitAndWaitForVerdict(page, { timeoutMs = 60_000 } = {}) {
  // The last verdict stays on screen until the new submission replaces it; wait for a new id.
  const shown = page.locator(byTestId('verdict'));
  const previousId = (await shown.count()) ? await shown.getAttribute('data-submission-id') : null;
  await page.click(byTestId('submit-button'));
  const handle = await page.waitForFunction(
    (prev) => {
      const err = document.querySelector('[data-testid="submit-error"]');
      if (err) return { error: err.textContent };
      const v = document.querySelector('[data-testid="verdict"]');
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

/** Clicks Submit and waits until the live progress says "test k of n"; returns that text. */
export async function submitAndWaitForProgress(page, { timeoutMs = 60_000 } = {}) {
  const shown = page.locator(byTestId('verdict'));
  const previousId = (await shown.count()) ? await shown.getAttribute('data-submission-id') : null;
  await page.click(byTestId('submit-button'));
  const handle = await page.waitForFunction(
    (prev) => {
      const err = document.querySelector('[data-testid="submit-error"]');
      if (err) return { error: err.textContent };
      const v = document.querySelector('[data-testid="verdict"]');
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

/** Waits for the verdict already submitted (the one on screen) to be final; returns its name. */
export async function waitForShownVerdict(page, { timeoutMs = 60_000 } = {}) {
  await page.waitForSelector('[data-testid="verdict"][data-finished="true"]', { timeout: timeoutMs });
  return page.textContent(byTestId('verdict'));
}

/** Opens the Submissions tab and returns its rows as {status, text}, newest first. */
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
