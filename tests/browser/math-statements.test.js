// TeX math in Markdown (issue 18): `$…$` and `$$…$$` in statements, editorials, hints,
// solutions and notes are typeset with KaTeX, bundled with the app. A seeded statement's math
// renders (MathML and KaTeX's HTML, the TeX source gone from view), KaTeX and its fonts come from
// our own origin under the Content-Security-Policy with no violation, and pages without math do
// not load it. A private note, which the user types, covers the rules: prices and `\$` stay
// text, code is left alone, broken TeX shows its source in the error style without breaking the
// rest, and the output is still sanitised (no script, no event handler, no javascript: link).
//
// Needs the stack at BASE_URL with the seed problems (a-plus-b's and maximum-subarray's
// constraints have math) and Debian's Chromium, like the others.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { openProblemSignedIn, signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

/** @typedef {import('playwright-core').Page} Page */

/**
 * Records policy violations in every document the page opens, before the app's code runs.
 * @param {Page} page
 */
const watchViolations = (page) =>
  page.addInitScript(() => {
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      /** @type {any} */ (window).__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });

/** @param {Page} page @returns {Promise<string[]>} */
const violations = (page) => page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);

/**
 * The resources (scripts, stylesheets, fonts) the page has fetched for KaTeX so far.
 * @param {Page} page
 */
const katexResources = (page) =>
  page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /texRender|KaTeX_/.test(n)));

/**
 * Waits until the Markdown block `id` has its math typeset, and describes it: the TeX of each
 * formula (from MathML's annotation), its text as shown, and what KaTeX made of it.
 * @param {Page} page
 * @param {string} id
 */
async function typeset(page, id) {
  await page.waitForSelector(`${byTestId(id)}[data-math="rendered"] .katex`, { timeout: 20_000 });
  return page.$eval(byTestId(id), (el) => ({
    tex: [...el.querySelectorAll('annotation[encoding="application/x-tex"]')].map((a) => a.textContent),
    mathml: [...el.querySelectorAll('.katex math')].map((m) => ({ ns: m.namespaceURI, ops: [...m.querySelectorAll('mo')].map((o) => o.textContent) })),
    // What a reader sees: KaTeX's HTML (its MathML copy is for assistive technology).
    shown: [...el.querySelectorAll('.katex-html')].map((h) => h.textContent),
    mathmlHidden: [...el.querySelectorAll('.katex-mathml')].every((m) => getComputedStyle(m).position === 'absolute' && m.getBoundingClientRect().width <= 1),
    text: el.textContent,
  }));
}

test('statement math renders with KaTeX from our own origin, under the policy, and only where there is math', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page, consoleLines } = browser;
  await watchViolations(page);

  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/');
    const user = await signUpWithApi(page, 'math');
    // The problem list shows no Markdown: KaTeX stays out of it.
    await page.goto('/problems');
    await page.waitForSelector(byTestId('problem-row'));
    assert.deepEqual(await katexResources(page), [], 'KaTeX was loaded on a page without math');

    await openProblemSignedIn(page, 'a-plus-b', user.username);
    const constraints = await typeset(page, 'problem-constraints');
    assert.deepEqual(constraints.tex, ['-10^9 \\le a, b \\le 10^9']);
    assert.deepEqual(constraints.mathml, [{ ns: 'http://www.w3.org/1998/Math/MathML', ops: ['−', '≤', ',', '≤'] }]);
    assert.match(constraints.shown[0], /^−109≤a,b≤109$/, 'KaTeX\'s HTML shows the formula');
    assert.ok(constraints.mathmlHidden, 'KaTeX\'s stylesheet is applied (its MathML copy is hidden from view)');
    assert.ok(!constraints.text.includes('$'), `the TeX source is shown: ${constraints.text}`);

    // Its fonts are files of our origin (woff2), loaded for the formula: digits and ≤ in
    // KaTeX_Main, the italic a and b in KaTeX_Math.
    const loadedFonts = () => [...document.fonts].filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded').map((f) => f.family);
    const fontsIn = await page
      .waitForFunction(() => {
        const loaded = [...document.fonts].filter((f) => f.family.startsWith('KaTeX') && f.status === 'loaded').map((f) => f.family);
        return loaded.includes('KaTeX_Main') && loaded.includes('KaTeX_Math');
      }, null, { timeout: 10_000 })
      .then(() => true, () => false);
    assert.ok(fontsIn, `KaTeX's fonts did not load: ${(await page.evaluate(loadedFonts)).join(', ')}`);
    const fetched = await katexResources(page);
    const origin = new URL(page.url()).origin;
    assert.ok(fetched.some((u) => /\/assets\/texRender[\w-]*\.js$/.test(u)), `KaTeX's chunk: ${fetched.join(', ')}`);
    assert.ok(fetched.some((u) => /\/assets\/texRender[\w-]*\.css$/.test(u)), `KaTeX's stylesheet: ${fetched.join(', ')}`);
    assert.ok(fetched.some((u) => /\/assets\/KaTeX_Main-Regular[\w-]*\.woff2$/.test(u)), `KaTeX's fonts: ${fetched.join(', ')}`);
    for (const url of fetched) assert.equal(new URL(url).origin, origin, `${url} is not from our origin`);
    assert.deepEqual(await violations(page), [], 'no policy violation on a-plus-b');

    // Another statement with more formulas, one in a sentence.
    await page.goto('/problems/maximum-subarray');
    const kadane = await typeset(page, 'problem-constraints');
    assert.deepEqual(kadane.tex, ['1 \\le n \\le 10^5', '-10^4 \\le a_i \\le 10^4', 'O(n)']);
    assert.ok(kadane.text.includes('solution is expected'), kadane.text);
    assert.ok(!kadane.text.includes('$'), `the TeX source is shown: ${kadane.text}`);

    assert.deepEqual(await violations(page), [], 'no policy violation on maximum-subarray');
    assert.deepEqual(consoleLines.filter((l) => /Content Security Policy|Refused to|KaTeX|pageerror/i.test(l)), [], 'the console reports no refusal or error');
  });
});

// What a user may type in a note, every rule in one text.
const NOTE = [
  'Prices stay text: it costs $5 and $10, or US$7.',
  '',
  'A literal \\$x\\$ here, and inline math $\\sqrt{n}$ with bounds ($1 \\le k \\le n$).',
  '',
  'Code is left alone: `$y$`.',
  '',
  '```',
  '$z$',
  '```',
  '',
  '$$',
  '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}',
  '$$',
  '',
  'Broken: $\\frac{1}{$ and the text goes on.',
  '',
  'Unsafe: <img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> $\\href{javascript:window.__pwned=3}{click}$ $<img src=x onerror="window.__pwned=4">$ end.',
].join('\n');

test('a note\'s math follows the dollar rules, leaves code alone, survives bad TeX and stays sanitised', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await watchViolations(page);

  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/');
    const user = await signUpWithApi(page, 'mathnote');
    await openProblemSignedIn(page, 'a-plus-b', user.username);
    await page.click(byTestId('tab-notes'));
    await page.fill(byTestId('note-input'), NOTE);
    await page.click(byTestId('note-save'));
    const note = await typeset(page, 'note-rendered');

    // Math, and only math: prices, `\$`, code and the broken formula are not in the list.
    assert.deepEqual(note.tex, ['\\sqrt{n}', '1 \\le k \\le n', '\\sum_{i=1}^{n} i = \\frac{n(n+1)}{2}', '\\href{javascript:window.__pwned=3}{click}']);
    assert.ok(note.text.includes('Prices stay text: it costs $5 and $10, or US$7.'), note.text);
    assert.ok(note.text.includes('A literal $x$ here, and inline math '), note.text);
    assert.ok(note.text.includes('with bounds ('), note.text);
    const detail = await page.$eval(byTestId('note-rendered'), (el) => ({
      display: el.querySelectorAll('.katex-display').length,
      sqrtSvg: el.querySelectorAll('.katex .sqrt svg path').length,
      code: [...el.querySelectorAll('code')].map((c) => ({ text: c.textContent, math: c.querySelectorAll('.katex').length })),
      errors: [...el.querySelectorAll('.katex-error')].map((e) => ({ text: e.textContent, title: e.getAttribute('title') ?? '', color: getComputedStyle(e).color })),
      brokenParagraph: [...el.querySelectorAll('p')].find((p) => p.textContent.startsWith('Broken:'))?.textContent,
      scripts: el.querySelectorAll('script').length,
      handlers: [...el.querySelectorAll('*')].flatMap((n) => [...n.attributes].filter((a) => a.name.startsWith('on')).map((a) => `${n.tagName} ${a.name}`)),
      links: [...el.querySelectorAll('a')].map((a) => a.getAttribute('href')),
    }));
    assert.equal(detail.display, 1, 'the $$ block is display math');
    assert.ok(detail.sqrtSvg > 0, 'KaTeX\'s SVG (the root sign) survives sanitising');
    assert.deepEqual(detail.code, [{ text: '$y$', math: 0 }, { text: '$z$\n', math: 0 }]);
    // The broken formula and the HTML typed as TeX show as their source, in the error style.
    assert.deepEqual(detail.errors.map((e) => e.text), ['\\frac{1}{', '<img src=x onerror="window.__pwned=4">']);
    for (const e of detail.errors) {
      assert.match(e.title, /^ParseError/);
      assert.equal(e.color, 'rgb(204, 0, 0)');
    }
    assert.equal(detail.brokenParagraph, 'Broken: \\frac{1}{ and the text goes on.');
    assert.equal(detail.scripts, 0, 'a script survived');
    assert.deepEqual(detail.handlers, [], 'an event handler survived');
    assert.deepEqual(detail.links, [], '\\href made a link');
    await page.waitForTimeout(500);
    assert.equal(await page.evaluate(() => /** @type {any} */ (window).__pwned), undefined, 'the note ran script');
    // Chromium reports the `onerror=` typed in the note as refused inline script when DOMPurify
    // parses the note (in an inert document, before removing it): that refusal is the policy
    // doing its job. Nothing else (fonts, styles, KaTeX's script) may be refused.
    const refused = await violations(page);
    assert.deepEqual(refused.filter((v) => !v.startsWith('script-src-attr ')), [], 'a policy violation besides the typed event handler');
  });
});
