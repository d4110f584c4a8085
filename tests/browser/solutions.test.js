// The Solutions tab in Chromium: a member solves A + B, shares the accepted submission with a
// Markdown explanation (rendered, and its raw HTML left inert), sees it listed; another member
// finds it in the list filtered by language, votes it up (the button shows their vote), changes
// the vote, and cannot edit it; the author edits the title and deletes it.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { openProblemSignedIn, selectLanguage, setCode, signUpWithApi, submitAndWaitForVerdict } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const SLUG = 'a-plus-b';
const ACCEPTED = readFileSync(fileURLToPath(new URL(`../../problems/${SLUG}/submissions/accepted/sum.py`, import.meta.url)), 'utf8');

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

test('a solver shares a solution, another member votes on it, the author edits and deletes it', { timeout: 240_000 }, async (t) => {
  const author = await openBrowser();
  const reader = await openBrowser();
  t.after(() => Promise.all([author.close(), reader.close()]));
  const title = `Add them up ${randomBytes(3).toString('hex')}`;

  await withFailureArtifacts(`${t.name} (author)`, author, async () => {
    const { page } = author;
    await page.goto('/');
    const member = await signUpWithApi(page, 'sol');
    await openProblemSignedIn(page, SLUG, member.username);
    await page.click(byTestId('tab-solutions'));
    await page.waitForSelector(byTestId('solution-share-hint'));
    assert.match((await page.textContent(byTestId('solution-share-hint'))) ?? '', /Solve the problem/);

    await selectLanguage(page, 'python3');
    await setCode(page, ACCEPTED);
    const { verdict } = await submitAndWaitForVerdict(page, { timeoutMs: 120_000 });
    assert.match(verdict ?? '', /Accepted/);

    // The accepted verdict makes the share button appear.
    await page.click(byTestId('solution-share'));
    await page.waitForSelector(byTestId('solution-form'));
    assert.equal(await page.locator(`${byTestId('solution-submission')} option`).count(), 1);
    await page.fill(byTestId('solution-title'), title);
    await page.fill(byTestId('solution-explanation'), '## Idea\nRead **both** numbers.\n\n<img src="x" onerror="window.__solutionXss = 1">');
    await page.click(byTestId('solution-save'));

    const view = page.locator(byTestId('solution-view'));
    await view.waitFor();
    assert.equal(await page.textContent(byTestId('solution-title-view')), title);
    assert.equal(await page.textContent(`${byTestId('solution-explanation-view')} strong`), 'both');
    assert.equal(await page.locator(`${byTestId('solution-explanation-view')} img[onerror]`).count(), 0, 'sanitized');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__solutionXss), undefined);
    await page.waitForSelector(`${byTestId('solution-code')} .monaco-editor`);
    assert.equal(await page.getAttribute(byTestId('solution-code'), 'data-code'), ACCEPTED);
    // Authors do not vote on their own.
    assert.equal(await page.locator(byTestId('vote-up')).isDisabled(), true);

    await page.click(byTestId('solution-back'));
    await page.selectOption(byTestId('solutions-sort'), 'newest');
    await page.waitForSelector(`${byTestId('solution-row')} >> text=${title}`);
  });

  const solutionRow = () => reader.page.locator(byTestId('solution-row'), { hasText: title });
  await withFailureArtifacts(`${t.name} (reader)`, reader, async () => {
    const { page } = reader;
    await page.goto('/');
    const member = await signUpWithApi(page, 'vote');
    await openProblemSignedIn(page, SLUG, member.username);
    await page.click(byTestId('tab-solutions'));
    await page.selectOption(byTestId('solutions-sort'), 'newest');
    await page.selectOption(byTestId('solutions-language'), 'python3');
    await solutionRow().waitFor();
    assert.match((await page.textContent(byTestId('solution-share-hint'))) ?? '', /Solve the problem/, 'not a solver: no share button');

    await solutionRow().locator(byTestId('vote-up')).click();
    await page.waitForFunction((t) => {
      const row = [...document.querySelectorAll('[data-testid="solution-row"]')].find((r) => r.textContent?.includes(t));
      return row?.querySelector('[data-testid="votes"]')?.getAttribute('data-my-vote') === 'up';
    }, title);
    assert.equal(await solutionRow().locator(byTestId('vote-score')).textContent(), '1');
    assert.equal(await solutionRow().locator(byTestId('vote-up')).getAttribute('aria-pressed'), 'true');

    // After a reload the vote is still shown as theirs; changing it replaces it.
    await page.reload();
    await page.click(byTestId('tab-solutions'));
    await solutionRow().waitFor();
    assert.equal(await solutionRow().locator(byTestId('votes')).getAttribute('data-my-vote'), 'up');
    await solutionRow().locator(byTestId('solution-open')).click();
    await page.waitForSelector(byTestId('solution-view'));
    assert.equal(await page.locator(byTestId('solution-edit')).count(), 0, 'only the author edits');
    await page.click(byTestId('vote-down'));
    await page.waitForSelector(`${byTestId('votes')}[data-my-vote="down"]`);
    assert.equal(await page.textContent(byTestId('vote-score')), '-1');
  });

  await withFailureArtifacts(`${t.name} (author again)`, author, async () => {
    const { page } = author;
    await page.locator(byTestId('solution-row'), { hasText: title }).locator(byTestId('solution-open')).click();
    await page.click(byTestId('solution-edit'));
    await page.fill(byTestId('solution-title'), `${title} (edited)`);
    await page.click(byTestId('solution-save'));
    await page.waitForFunction((t) => document.querySelector('[data-testid="solution-title-view"]')?.textContent === t, `${title} (edited)`);
    assert.equal(await page.textContent(byTestId('vote-score')), '-1', 'the reader\'s vote counts');
    page.once('dialog', (d) => void d.accept());
    await page.click(byTestId('solution-delete'));
    await page.waitForSelector(byTestId('solutions-panel'));
    await page.waitForFunction((t) => ![...document.querySelectorAll('[data-testid="solution-row"]')].some((r) => r.textContent?.includes(t)), title);
  });
});
