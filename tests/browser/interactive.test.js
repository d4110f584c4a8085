// An interactive problem in the browser (issue 18): the statement shows its samples as
// exchanges with the judge, and what a reader is shown of a Run or a failed submission is what
// the judge said of the conversation, never the interactor's own test files (the hidden
// number, here).
//
// Needs the stack at BASE_URL with the seed problem guess-the-number, and Debian's Chromium.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  openProblemSignedIn,
  runAndWaitForResult,
  selectLanguage,
  setCode,
  signUpWithApi,
  submitAndWaitForVerdict,
} from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

// Guesses a number the judge never hides (it hides 1 to 10^9) and leaves.
const ONE_GUESS = 'print(0, flush=True)\n';

test('Run and Submit show what the judge said, never its test files', { timeout: 240_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'talk');
    await openProblemSignedIn(page, 'guess-the-number', user.username);
    await page.waitForSelector(byTestId('interaction-1'));
    assert.equal(await page.$(byTestId('sample-input-1')), null, 'samples are exchanges');
    await selectLanguage(page, 'python3');
    await setCode(page, ONE_GUESS);

    const run = await runAndWaitForResult(page);
    assert.ok(run.cases.length > 0, JSON.stringify(run));
    for (const c of run.cases) {
      assert.equal(c.status, 'wrong_answer', JSON.stringify(c));
      assert.deepEqual([c.input, c.expected, c.output], [null, null, null], 'no test file is shown');
      assert.match(c.judge ?? '', /guess/, JSON.stringify(c));
    }

    const wrong = await submitAndWaitForVerdict(page);
    assert.equal(wrong.verdict, 'Wrong Answer');
    const failed = await page.$eval(byTestId('failed-test'), (el) => ({
      shown: el.querySelector('[data-testid="failed-input"]') !== null,
      judge: el.querySelector('[data-testid="failed-judge"]')?.textContent ?? '',
    }));
    assert.equal(failed.shown, false, 'the hidden test is not shown');
    assert.match(failed.judge, /guess/);
  });
});
