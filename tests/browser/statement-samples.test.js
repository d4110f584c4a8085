// Samples shown otherwise than judged (issue 18): an ICPC package's `.ans.statement` file is what
// its statement shows, while Run still judges the sample test as it is. The catalogue's pair-sum
// (print any two positions that sum to the target) shows "1 2" for its first sample, where the
// judge's own answer file holds "3 4". Every sample can be saved as files.
//
// Needs the stack at BASE_URL with the seed problems, and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { Client } from '../api/client.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

test('the API sends the shown samples beside the judged ones', async () => {
  const { status, data } = await new Client().get('/api/problems/pair-sum');
  assert.equal(status, 200);
  assert.equal(data.language, 'en');
  assert.deepEqual(data.samples[0], { input: '4 5\n1 4 2 3\n', output: '3 4\n' });
  assert.deepEqual(data.statement_samples[0], { input: '4 5\n1 4 2 3\n', output: '1 2\n' });
  assert.equal(data.statement_samples.length, data.samples.length);
  const plain = await new Client().get('/api/problems/a-plus-b');
  assert.equal(plain.data.statement_samples, undefined, 'a package without display files sends none');
});

test('the statement shows the display answer, names its language, and saves samples as files', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/problems/pair-sum');
    await page.waitForSelector(byTestId('sample-output-1'));
    assert.equal(await page.textContent(byTestId('sample-output-1')), '1 2\n');
    assert.equal(await page.textContent(byTestId('sample-input-1')), '4 5\n1 4 2 3\n');
    const first = await page.$eval(`${byTestId('statement-language')} option`, (o) => o.textContent);
    assert.equal(first, 'English (en)', 'the shown statement is named by its language');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click(byTestId('sample-download-output-1')),
    ]);
    assert.equal(download.suggestedFilename(), 'pair-sum-1.ans');
    assert.equal(await readFile(await download.path(), 'utf8'), '1 2\n');
    const [input] = await Promise.all([
      page.waitForEvent('download'),
      page.click(byTestId('sample-download-input-2')),
    ]);
    assert.equal(input.suggestedFilename(), 'pair-sum-2.in');
    assert.equal(await readFile(await input.path(), 'utf8'), '2 10\n5 5\n');
  });
});
