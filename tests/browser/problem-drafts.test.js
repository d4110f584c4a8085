// Keeping one's work on the problem page, in Chromium: code typed in the editor is saved to the
// server (debounced) and restored in a fresh browser context (another device: no local
// storage); the bookmark toggles and stays; a private note persists and renders its Markdown
// safely.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { logIn, openProblemSignedIn, selectLanguage, setCode, signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

test('a draft, a bookmark and a note on a-plus-b survive a reload in a fresh browser context', { timeout: 180_000 }, async (t) => {
  const first = await openBrowser();
  t.after(() => first.close());
  const code = `# draft ${Date.now()}\na, b = map(int, input().split())\nprint(a + b)\n`;
  const note = '## My plan\n\nRead **two** numbers. <img src=x onerror="window.__pwned=1">';
  /** @type {import('./support/app.js').User | undefined} */
  let user;

  await withFailureArtifacts(`${t.name} (first device)`, first, async () => {
    const { page } = first;
    await page.goto('/');
    user = await signUpWithApi(page, 'drafts');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await selectLanguage(page, 'python3');
    await setCode(page, code);
    // Saved a second after the last change; the badge says when the server has it.
    await page.waitForSelector(`${byTestId('draft-status')}[data-state="saved"]`, { timeout: 15_000 });

    const bookmark = page.locator(byTestId('bookmark-button'));
    await page.waitForSelector(`${byTestId('bookmark-button')}[data-bookmarked="false"]`);
    await bookmark.click();
    await page.waitForSelector(`${byTestId('bookmark-button')}[data-bookmarked="true"]`);

    await page.click(byTestId('tab-notes'));
    await page.fill(byTestId('note-input'), note);
    await page.click(byTestId('note-save'));
    await page.waitForSelector(byTestId('note-rendered'));
  });

  // Another device: a new profile, nothing local; log in and open the problem.
  const second = await openBrowser();
  t.after(() => second.close());
  await withFailureArtifacts(`${t.name} (second device)`, second, async () => {
    const { page } = second;
    assert.ok(user);
    await page.goto('/problems/a-plus-b');
    await logIn(page, user);
    await page.goto('/problems/a-plus-b');
    await page.waitForSelector(byTestId('problem-title'));
    await selectLanguage(page, 'python3');
    await page.waitForFunction((expected) => window.__aaEditor?.getValue() === expected, code, { timeout: 20_000 });
    assert.equal(await page.evaluate(() => window.__aaEditor?.getValue()), code, 'the draft came from the server');

    await page.waitForSelector(`${byTestId('bookmark-button')}[data-bookmarked="true"]`);

    await page.click(byTestId('tab-notes'));
    const rendered = page.locator(byTestId('note-rendered'));
    await rendered.waitFor();
    assert.equal(await rendered.locator('h2').textContent(), 'My plan');
    assert.equal(await rendered.locator('strong').textContent(), 'two');
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined, 'the note cannot run script');

    // Un-bookmarking sticks across a reload too.
    await page.click(byTestId('bookmark-button'));
    await page.waitForSelector(`${byTestId('bookmark-button')}[data-bookmarked="false"]`);
    await page.reload();
    await page.waitForSelector(`${byTestId('bookmark-button')}[data-bookmarked="false"]`);

    // The Submissions page lists nothing yet and says so.
    await page.click(byTestId('nav-submissions'));
    await page.waitForSelector(byTestId('my-submissions-empty'));
  });
});
