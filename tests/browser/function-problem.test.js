// A LeetCode-style problem in the browser, without signing in: two-sum's editor starts from the
// starter code generated from its signature in each language; no hint or editorial text and no
// company is on the page (those are for signed-in and premium readers: premium-gating.test.js).
//
// Needs the stack at BASE_URL with the seed problems and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectLanguage } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const editorText = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.__aaEditor?.getValue() ?? '');

test('a function problem shows generated starter code and keeps gated text off the page', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/problems/two-sum');
    await page.waitForSelector('[data-testid="problem-title"]');

    await selectLanguage(page, 'java');
    await page.waitForFunction(() => (window.__aaEditor?.getValue() ?? '').includes('twoSum'));
    assert.match(await editorText(page), /public int\[\] twoSum\(int\[\] nums, int target\)/);
    await selectLanguage(page, 'python3');
    await page.waitForFunction(() => (window.__aaEditor?.getValue() ?? '').includes('def twoSum'));
    assert.match(await editorText(page), /class Solution:\n\s+def twoSum\(self, nums: List\[int\], target: int\) -> List\[int\]:/);

    assert.equal(await page.locator('[data-testid="problem-companies"]').count(), 0, 'no companies for an anonymous reader');
    const text = (await page.textContent('body')) ?? '';
    assert.doesNotMatch(text, /Which value would complete|one pass with a hash map/, 'no hint or editorial text');
    await page.click('[data-testid="tab-hints"]');
    assert.match((await page.textContent('.pane-statement')) ?? '', /Log in to see hints/);
  });
});
