// The test-case panel under the editor: Run on the sample cases shows each case's input, output
// and expected output; a wrong program's failing case shows expected against actual; an edited
// case gets its expected output from the reference solution; a function problem's case shows
// what the program printed; and Submit still shows its verdict panel on its own tab.
//
// The account is made through the API, so this test is only about the problem page. Needs the
// stack at BASE_URL with the seed problems and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  openProblemSignedIn,
  runAndWaitForResult,
  selectLanguage,
  setCode,
  setTestCaseInput,
  signUpWithApi,
  submitAndWaitForVerdict,
  testCaseInputs,
} from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const SUM = 'a, b = map(int, input().split())\nprint(a + b)\n';
const DIFFERENCE = 'a, b = map(int, input().split())\nprint(a - b)\n';
const TWO_SUM = `class Solution:
    def twoSum(self, nums: List[int], target: int) -> List[int]:
        print("looking for", target)
        seen = {}
        for i, x in enumerate(nums):
            if target - x in seen:
                return [seen[target - x], i]
            seen[x] = i
`;

const testCasePanel = (/** @type {import('playwright-core').Page} */ page) => page.$eval('[data-testid="testcase-editor"]', (el) => ({ cases: el.dataset.cases, samples: el.dataset.samples }));

test('Run shows each test case, custom cases are answered by the reference, and Submit still judges', { timeout: 300_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'run');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await selectLanguage(page, 'python3');

    // The Testcase tab starts with the samples' inputs.
    assert.deepEqual((await testCaseInputs(page)).map((s) => s.trim()), ['1 2', '-5 12']);

    await setCode(page, SUM);
    const passed = await runAndWaitForResult(page);
    assert.equal(passed.verdict, 'Accepted');
    assert.match(passed.runtime, /^Runtime: \d/);
    assert.deepEqual(
      passed.cases.map(({ number, status, input, output, expected }) => ({ number, status, input, output, expected })),
      [
        { number: 1, status: 'accepted', input: '1 2', output: '3', expected: '3' },
        { number: 2, status: 'accepted', input: '-5 12', output: '7', expected: '7' },
      ],
    );

    await setCode(page, DIFFERENCE);
    const wrong = await runAndWaitForResult(page);
    assert.equal(wrong.verdict, 'Wrong Answer');
    assert.deepEqual(
      wrong.cases.map(({ status, output, expected }) => ({ status, output, expected })),
      [
        { status: 'wrong_answer', output: '-1', expected: '3' },
        { status: 'wrong_answer', output: '-17', expected: '7' },
      ],
    );

    // A case can be added and removed; an edited case makes the inputs custom.
    await page.click('[data-testid="console-tab-testcase"]');
    await page.click('[data-testid="testcase-add"]');
    assert.deepEqual(await testCasePanel(page), { cases: '3', samples: 'false' });
    await page.click('[data-testid="testcase-remove-3"]');
    assert.deepEqual(await testCasePanel(page), { cases: '2', samples: 'true' });
    await setTestCaseInput(page, 1, '40 2');
    assert.deepEqual(await testCasePanel(page), { cases: '2', samples: 'false' });

    // Still the wrong program: the expected 42 can only have come from the reference solution.
    const custom = await runAndWaitForResult(page);
    assert.equal(custom.verdict, 'Wrong Answer');
    assert.deepEqual(
      custom.cases.map(({ input, output, expected }) => ({ input, output, expected })),
      [
        { input: '40 2', output: '38', expected: '42' },
        { input: '-5 12', output: '-17', expected: '7' },
      ],
    );

    await page.click('[data-testid="console-tab-testcase"]');
    await page.click('[data-testid="testcase-reset"]');
    assert.deepEqual(await testCasePanel(page), { cases: '2', samples: 'true' });

    // A function problem: what the program prints besides its answer is shown as Stdout.
    await openProblemSignedIn(page, 'two-sum', user.username);
    await selectLanguage(page, 'python3');
    await setCode(page, TWO_SUM);
    const fn = await runAndWaitForResult(page);
    assert.equal(fn.verdict, 'Accepted', JSON.stringify(fn));
    assert.ok(fn.cases.length >= 1, JSON.stringify(fn));
    assert.equal(fn.cases[0].input, '[[3,8,12,20],11]');
    assert.equal(fn.cases[0].expected, '[0,1]');
    assert.equal(fn.cases[0].output.replace(/\s/g, ''), '[0,1]');
    assert.equal(fn.cases[0].stdout, 'looking for 11');

    // Submit has its own tab with the verdict panel; the run's result stays on its tab.
    const submitted = await submitAndWaitForVerdict(page);
    assert.equal(submitted.verdict, 'Accepted', JSON.stringify(submitted));
    assert.equal(await page.getAttribute('[data-testid="console-tab-submission"]', 'aria-selected'), 'true');
    assert.ok(await page.isVisible('[data-testid="verdict-panel"]'));
    await page.click('[data-testid="console-tab-result"]');
    assert.equal(await page.textContent('[data-testid="run-verdict"]'), 'Accepted');
  });
});
