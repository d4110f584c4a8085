// Typing is never undone by the page (a red CI of 2026-12-05 lost a keystroke and moved the
// cursor to the top): every keystroke saves a draft and re-renders the page, and React applies
// the editor's `value` after the browser has handled more input, so writing that value back
// would drop the keystrokes in between. Fast typing on a slowed-down page (Chromium's CPU
// throttling, as on a busy laptop) must arrive whole, in order, at the end of the code.
//
// Needs the stack at BASE_URL with the seed problems, and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openProblemSignedIn, selectLanguage, signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

test('fast typing on a slow page reaches the editor whole, and the draft keeps it', { timeout: 180_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page, context } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/');
    const user = await signUpWithApi(page, 'typing');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await selectLanguage(page, 'python3');
    await page.waitForFunction(() => (window.__aaEditor?.getValue() ?? '').includes('input()'));
    const starter = await page.evaluate(() => window.__aaEditor?.getValue() ?? '');
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 6 });
    const typed = Array.from({ length: 12 }, (_, i) => ` # line ${i} of quick typing`).join('');
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(typed, { delay: 5 });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    await page.waitForSelector('[data-testid="draft-status"][data-state="saved"]', { timeout: 20_000 });
    const code = await page.evaluate(() => window.__aaEditor?.getValue() ?? '');
    assert.equal(code, starter + typed, 'every keystroke, in order, at the end');
  });
});
