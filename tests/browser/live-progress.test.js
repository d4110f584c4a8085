// Live results in the browser: while a (deliberately slow) solution is judged, the problem page
// shows "Judging: test k of n" from the event stream, then the verdict; the Submissions tab then
// lists the user's submissions for the problem, newest first.
//
// The account is made through the API (the sign-up form has its own test), so this test is only
// about the problem page. Needs the stack at BASE_URL and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  openProblemSignedIn,
  selectLanguage,
  setCode,
  signUpWithApi,
  submissionHistory,
  submitAndWaitForProgress,
  submitAndWaitForVerdict,
  waitForShownVerdict,
} from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

// Correct but slow (0.3 s a test), so judging is long enough to watch.
const SLOW = 'import time\na, b = map(int, input().split())\ntime.sleep(0.3)\nprint(a + b)\n';
const WRONG = 'a, b = map(int, input().split())\nprint(a - b)\n';

test('the problem page shows live per-test progress, then the verdict and the history', { timeout: 240_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'live');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await selectLanguage(page, 'python3');

    await setCode(page, SLOW);
    const progress = await submitAndWaitForProgress(page);
    assert.match(progress, /^Judging: test \d+ of \d+$/);
    t.diagnostic(`live progress: ${progress}`);
    assert.equal(await waitForShownVerdict(page), 'Accepted');

    await setCode(page, WRONG);
    const wrong = await submitAndWaitForVerdict(page);
    assert.equal(wrong.verdict, 'Wrong Answer');
    // Practice shows the failed test whole: input, expected and actual output.
    const failed = await page.$eval('[data-testid="failed-test"]', (el) => ({
      number: el.getAttribute('data-number'),
      input: el.querySelector('[data-testid="failed-input"]').textContent,
      expected: el.querySelector('[data-testid="failed-expected"]').textContent,
      actual: el.querySelector('[data-testid="failed-actual"]').textContent,
    }));
    assert.deepEqual(failed, { number: '1', input: '1 2\n', expected: '3\n', actual: '-1\n' });

    const history = await submissionHistory(page, { atLeast: 2 });
    assert.deepEqual(history.map((r) => r.status), ['wrong_answer', 'accepted'], JSON.stringify(history));
    assert.match(history[0].text, /python3/);
    assert.match(history[0].text, /Wrong Answer/);
  });
});
