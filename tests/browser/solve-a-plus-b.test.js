// The main path through the browser app against a running stack: a new user signs up, logs
// out and back in, finds a-plus-b in the problem list, and gets a correct Python solution
// Accepted and a wrong one judged Wrong Answer.
//
// Needs the stack at BASE_URL (default http://127.0.0.1:8787) with the a-plus-b problem loaded,
// and Debian's Chromium at /usr/bin/chromium. Run: `node --test tests/browser/`.

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { logIn, logOut, openProblemFromList, selectLanguage, setCode, signUp, submitAndWaitForVerdict } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';
const WRONG = 'a, b = map(int, input().split())\nprint(a - b)\n';

test('a new user signs up, logs back in, and gets Accepted then Wrong Answer on a-plus-b', { timeout: 240_000 }, async (t) => {
  const tag = randomBytes(5).toString('hex');
  const user = { email: `e2e-${tag}@example.com`, username: `e2e_${tag}`, password: `Pw-${tag}-long-enough` };
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    await signUp(page, user);
    t.diagnostic(`signed up as ${user.username}`);
    await logOut(page);
    await logIn(page, user);
    t.diagnostic('logged out and back in');

    await openProblemFromList(page, 'a-plus-b');
    await selectLanguage(page, 'python3');

    await setCode(page, CORRECT);
    const accepted = await submitAndWaitForVerdict(page);
    assert.equal(accepted.verdict, 'Accepted', `correct solution judged ${accepted.verdict}: ${accepted.details}`);
    t.diagnostic('correct solution: Accepted');

    await setCode(page, WRONG);
    const wrong = await submitAndWaitForVerdict(page);
    assert.equal(wrong.verdict, 'Wrong Answer', `wrong solution judged ${wrong.verdict}: ${wrong.details}`);
    t.diagnostic('wrong solution: Wrong Answer');
  });
});
