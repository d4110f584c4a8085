// Statements in several languages (issue 18): an ICPC package's `problem.<lang>.md` files besides
// the shown one reach the reader. The catalogue's pair-sum ships German and Spanish beside
// English: the public API sends them with the detail, the page offers them in a picker, the
// chosen one replaces the title and statement (each marked with its language, the shown one's
// recorded at import), and the choice holds after a reload and on the next problem that has
// it, while a problem in one language shows no picker.
//
// Needs the stack at BASE_URL with the seed problems, and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from '../api/client.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

/** @typedef {import('playwright-core').Page} Page */

/** The title, the statement's first words and its language, as shown. @param {Page} page */
const shown = (page) =>
  page.evaluate(() => ({
    title: document.querySelector('[data-testid="problem-title"]')?.textContent,
    statement: document.querySelector('[data-testid="problem-statement"]')?.textContent?.slice(0, 20),
    lang: document.querySelector('article.statement')?.getAttribute('lang') ?? null,
  }));

test('the API sends a problem\'s translations with its detail, and a one-language problem has none', async () => {
  const api = new Client();
  const { status, data } = await api.get('/api/problems/pair-sum');
  assert.equal(status, 200);
  assert.equal(data.title, 'Pair Sum', 'English is shown');
  assert.deepEqual(Object.keys(data.translations), ['de', 'es']);
  assert.equal(data.translations.de.title, 'Paarsumme');
  assert.match(data.translations.de.description, /^Gegeben sind `n` ganze Zahlen/);
  assert.equal(data.translations.es.title, 'Suma de pares');
  const single = await api.get('/api/problems/a-plus-b');
  assert.equal(single.data.translations, undefined, 'no empty map on the wire');
});

test('a reader picks a statement language; it holds after a reload and on the next problem that has it', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/problems/pair-sum');
    await page.waitForSelector(byTestId('statement-language'));
    assert.deepEqual(await shown(page), { title: 'Pair Sum', statement: 'Given n integers and', lang: 'en' });
    const options = await page.$$eval(`${byTestId('statement-language')} option`, (os) => os.map((o) => [/** @type {HTMLOptionElement} */ (o).value, o.textContent]));
    assert.deepEqual(options.map(([value]) => value), ['', 'de', 'es']);
    assert.equal(options[0][1], 'English (en)', 'the shown statement is named by its language');
    assert.ok(options.slice(1).every(([value, label]) => label?.endsWith(`(${value})`)), `${options}`);

    await page.selectOption(byTestId('statement-language'), 'de');
    await page.waitForFunction(() => document.querySelector('[data-testid="problem-title"]')?.textContent === 'Paarsumme');
    assert.deepEqual(await shown(page), { title: 'Paarsumme', statement: 'Gegeben sind n ganze', lang: 'de' });

    // A problem in one language: no picker, its own statement.
    await page.goto('/problems/a-plus-b');
    await page.waitForSelector(byTestId('problem-statement'));
    assert.equal(await page.$(byTestId('statement-language')), null);
    assert.equal((await shown(page)).lang, 'en');

    // Back, and after a reload: still German.
    await page.goto('/problems/pair-sum');
    await page.waitForFunction(() => document.querySelector('[data-testid="problem-title"]')?.textContent === 'Paarsumme');
    await page.reload();
    await page.waitForSelector(byTestId('problem-statement'));
    assert.equal((await shown(page)).title, 'Paarsumme');

    await page.selectOption(byTestId('statement-language'), '');
    await page.waitForFunction(() => document.querySelector('[data-testid="problem-title"]')?.textContent === 'Pair Sum');
    assert.equal((await shown(page)).lang, 'en');
  });
});
