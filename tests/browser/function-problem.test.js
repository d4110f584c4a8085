// A LeetCode-style problem in the browser, without signing in: two-sum's editor starts from the
// starter code generated from its signature in each language, its hints open one tier at a
// time (the premium tier only says so), and its free editorial and companies are shown.
//
// Needs the stack at BASE_URL with the seed problems and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { selectLanguage } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const editorText = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => window.__aaEditor?.getValue() ?? '');

test('a function problem shows generated starter code, tiered hints and its editorial', { timeout: 120_000 }, async (t) => {
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

    await page.click('[data-testid="hint-1"] summary');
    assert.match(await page.textContent('[data-testid="hint-1"]'), /Which value would complete/);
    await page.click('[data-testid="hint-3"] summary');
    assert.match(await page.textContent('[data-testid="hint-3"]'), /Premium members can open this hint/);
    assert.equal(await page.textContent('[data-testid="problem-companies"]'), 'Asked at Amazon, Google');
    await page.click('[data-testid="problem-editorial"] summary');
    assert.match(await page.textContent('[data-testid="problem-editorial-text"]'), /one pass with a hash map/);
  });
});
