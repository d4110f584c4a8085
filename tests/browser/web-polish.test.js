// Issue 13's and 14's finishing touches in Chromium against the running stack:
// - the theme: follows prefers-color-scheme (emulated) until a choice is made in the navbar,
//   the choice survives a reload and is applied by public/theme.js before the app's bundle
//   (the bundle is held back to show it), Monaco switches between vs and vs-dark with it, the
//   palette keeps text, muted text and verdict colours readable (WCAG contrast) in both themes,
//   and nothing of it trips the Content-Security-Policy;
// - the avatar: a picked picture is cropped in the browser (the square dragged off-centre),
//   and the uploaded avatar is that square, not the server's centre;
// - the dashboard's recent activity lists a just-judged submission and redraws its charts in
//   the dark palette;
// - a premium problem set shows its lock and teaser, and the pricing page the AI hint allowance
//   read from the server.
// Screenshots of both themes land in tests/artifacts/.
//
// Needs the stack at BASE_URL with the seed problems and sets, and Debian's Chromium.

import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', 'artifacts');
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

/** @typedef {import('playwright-core').Page} Page */

/**
 * Signs up from inside the browser context (the app restores the session from the refresh
 * cookie) and returns an access token for API calls.
 * @param {Page} page
 */
const signUpWithToken = async (page) => (await signUpWithApi(page, 'activity')).token;

/** @param {Page} page */
const themeOf = (page) => page.evaluate(() => document.documentElement.getAttribute('data-theme'));

/**
 * Records policy violations in every document the page opens (as security-headers.test.js).
 * @param {Page} page
 */
async function watchPolicy(page) {
  await page.addInitScript(() => {
    /** @type {any} */ (window).__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      /** @type {any} */ (window).__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
}

/** @param {Page} page @returns {Promise<string[]>} */
const violations = (page) => page.evaluate(() => /** @type {any} */ (window).__cspViolations ?? []);

/**
 * WCAG contrast ratios of palette pairs as the page resolves them now: [name, ratio].
 * Translucent colours are composed over the background they sit on.
 * @param {Page} page
 * @param {[string, string, string?][]} pairs [foreground, background, the background's own backdrop]
 */
function contrasts(page, pairs) {
  return page.evaluate((pairs) => {
    const style = getComputedStyle(document.documentElement);
    /** @param {string} value @returns {number[]} r, g, b, a */
    const parse = (value) => {
      const probe = document.createElement('span');
      probe.style.color = value;
      document.body.appendChild(probe);
      const rgb = getComputedStyle(probe).color;
      probe.remove();
      const n = (rgb.match(/[\d.]+/g) ?? []).map(Number);
      return [n[0], n[1], n[2], n[3] ?? 1];
    };
    /** @param {number[]} top @param {number[]} under */
    const over = (top, under) => [0, 1, 2].map((i) => top[i] * top[3] + under[i] * (1 - top[3])).concat(1);
    /** @param {number[]} c */
    const luminance = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const prop = (/** @type {string} */ name) => parse(style.getPropertyValue(name).trim());
    return pairs.map(([fg, bg, backdrop]) => {
      const base = backdrop ? over(prop(bg), prop(backdrop)) : over(prop(bg), [255, 255, 255, 1]);
      const front = over(prop(fg), base);
      const [hi, lo] = [luminance(front), luminance(base)].sort((a, b) => b - a);
      return [`${fg} on ${bg}`, Math.round(((hi + 0.05) / (lo + 0.05)) * 100) / 100];
    });
  }, pairs);
}

/** Text pairs that must read at 4.5:1 at least, in both themes. */
const TEXT_PAIRS = /** @type {[string, string, string?][]} */ ([
  ['--text', '--bg'],
  ['--text', '--surface'],
  ['--muted', '--surface'],
  ['--muted', '--bg'],
  ['--accent', '--surface'],
  ['--easy', '--easy-bg', '--surface'],
  ['--medium', '--medium-bg', '--surface'],
  ['--hard', '--hard-bg', '--surface'],
  ['--tag-text', '--tag-bg', '--surface'],
  ['--premium-text', '--premium-bg', '--surface'],
  ['--on-accent', '--accent-strong'],
  ['--ed-text', '--ed-bg'],
  ['--ed-muted', '--ed-console'],
  ['--ed-ok', '--ed-console'],
  ['--ed-bad', '--ed-console'],
  ['--ed-warn', '--ed-console'],
  ['--ed-error-text', '--ed-error-bg'],
  ['--hard', '--surface'],
  ['--easy', '--surface'],
]);

test('the theme follows the system, a choice in the navbar sticks before the first paint, and Monaco follows', { timeout: 180_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await mkdir(ARTIFACTS, { recursive: true });
  await watchPolicy(page);

  await withFailureArtifacts(t.name, browser, async () => {
    // No choice yet: the system's scheme, live.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('/problems');
    await page.waitForSelector(byTestId('theme-toggle'));
    assert.equal(await themeOf(page), 'dark');
    assert.equal(await page.inputValue(byTestId('theme-toggle')), 'system');
    await page.emulateMedia({ colorScheme: 'light' });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-theme') === 'light');
    const lightBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

    // Readable in both themes.
    for (const theme of ['light', 'dark']) {
      await page.selectOption(byTestId('theme-toggle'), theme);
      await page.waitForFunction((th) => document.documentElement.getAttribute('data-theme') === th, theme);
      const ratios = await contrasts(page, TEXT_PAIRS);
      const poor = ratios.filter(([, r]) => Number(r) < 4.5);
      assert.deepEqual(poor, [], `${theme}: ${JSON.stringify(ratios)}`);
      t.diagnostic(`${theme} contrast, lowest: ${Math.min(...ratios.map(([, r]) => Number(r)))}:1`);
    }

    // The choice (dark) overrides a light system, survives a reload, and is applied by
    // theme.js alone: with the app's bundle held back, the page is already dark.
    assert.equal(await themeOf(page), 'dark');
    await page.reload();
    await page.waitForSelector(byTestId('theme-toggle'));
    assert.equal(await themeOf(page), 'dark');
    assert.equal(await page.inputValue(byTestId('theme-toggle')), 'dark');
    const darkBg = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
    assert.notEqual(darkBg, lightBg);
    await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('/problems');
    assert.equal(await themeOf(page), 'dark', 'theme.js set the theme with no app code');
    assert.equal(await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor), darkBg, 'the dark palette applies before the app');
    await page.unroute(/\/assets\/index-[\w-]+\.js$/);

    // Monaco follows, both ways, without a reload.
    await page.goto('/problems/a-plus-b');
    await page.waitForSelector('.monaco-editor');
    assert.match((await page.getAttribute('.monaco-editor', 'class')) ?? '', /\bvs-dark\b/);
    await page.screenshot({ path: join(ARTIFACTS, 'theme-dark-problem.png') });
    await page.selectOption(byTestId('theme-toggle'), 'light');
    await page.waitForFunction(() => /(^|\s)vs(\s|$)/.test(document.querySelector('.monaco-editor')?.className ?? ''));
    await page.screenshot({ path: join(ARTIFACTS, 'theme-light-problem.png') });

    // Back to the system: the saved choice is dropped.
    await page.selectOption(byTestId('theme-toggle'), 'system');
    assert.equal(await page.evaluate(() => localStorage.getItem('aa-theme')), null);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForFunction(() => /vs-dark/.test(document.querySelector('.monaco-editor')?.className ?? ''));

    assert.deepEqual(await violations(page), [], 'no policy violation');
  });
});

/**
 * The RGB of the pixel in the middle of `selector`'s image, read through a canvas.
 * @param {Page} page
 * @param {string} selector
 */
function centrePixel(page, selector) {
  return page.evaluate(async (selector) => {
    const shown = /** @type {HTMLImageElement} */ (document.querySelector(selector));
    const img = new Image();
    img.src = shown.src;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth;
    canvas.height = img.naturalHeight;
    const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
    ctx.drawImage(img, 0, 0);
    return [...ctx.getImageData(Math.floor(img.naturalWidth / 2), Math.floor(img.naturalHeight / 2), 1, 1).data].slice(0, 3);
  }, selector);
}

test('an avatar is cropped in the browser, and the uploaded avatar is the chosen square', { timeout: 120_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await watchPolicy(page);

  await withFailureArtifacts(t.name, browser, async () => {
    await signUpWithApi(page, 'crop');
    await page.goto('/settings');
    await page.waitForSelector(byTestId('avatar-file'));
    // A 300×100 picture in three bands, red | green | blue: the server's own centre square
    // would be green, so a red avatar can only come from the crop.
    const png = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 300;
      canvas.height = 100;
      const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
      ['#ff0000', '#00ff00', '#0000ff'].forEach((c, i) => {
        ctx.fillStyle = c;
        ctx.fillRect(i * 100, 0, 100, 100);
      });
      return canvas.toDataURL('image/png').split(',')[1];
    });
    await page.setInputFiles(byTestId('avatar-file'), { name: 'bands.png', mimeType: 'image/png', buffer: Buffer.from(png, 'base64') });
    await page.waitForSelector(byTestId('avatar-crop-preview'));
    const g = await centrePixel(page, byTestId('avatar-crop-preview'));
    assert.ok(g[1] > 200 && g[0] < 50, `the first square is the centre (green): ${g}`);

    // Drag the picture right as far as it goes: the square now holds the left band.
    const box = await page.locator('.reactEasyCrop_Container').boundingBox();
    assert.ok(box);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 + 200, box.y + box.height / 2, { steps: 10 });
    await page.mouse.up();
    await page.waitForFunction(async () => {
      const shown = /** @type {HTMLImageElement | null} */ (document.querySelector('[data-testid="avatar-crop-preview"]'));
      if (!shown) return false;
      const img = new Image();
      img.src = shown.src;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.naturalWidth;
      canvas.height = img.naturalHeight;
      const ctx = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
      ctx.drawImage(img, 0, 0);
      const [r, gr] = ctx.getImageData(img.naturalWidth >> 1, img.naturalHeight >> 1, 1, 1).data;
      return r > 200 && gr < 50;
    });

    await page.click(byTestId('avatar-save'));
    await page.waitForFunction(() => /\/avatars\//.test(document.querySelector('[data-testid="avatar-preview"]')?.getAttribute('src') ?? ''));
    const saved = await centrePixel(page, byTestId('avatar-preview'));
    assert.ok(saved[0] > 200 && saved[1] < 60 && saved[2] < 60, `the uploaded avatar is the left (red) square: ${saved}`);
    assert.equal(await page.locator(byTestId('avatar-crop')).count(), 0, 'the crop step closes after the upload');
    assert.deepEqual(await violations(page), [], 'the cropper runs under the policy');
  });
});

test('recent activity lists a just-judged submission; charts redraw in the dark palette', { timeout: 180_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const headers = { authorization: `Bearer ${await signUpWithToken(page)}` };
    const sub = await page.request.post('/api/submissions/submit', { data: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT }, headers });
    assert.equal(sub.status(), 202, await sub.text());
    const { id } = await sub.json();
    for (let i = 0; ; i++) {
      const got = await (await page.request.get(`/api/submissions/${id}`, { headers })).json();
      if (got.finished) break;
      assert.ok(i < 200, 'A + B was not judged in time');
      await new Promise((r) => setTimeout(r, 300));
    }

    await page.goto('/dashboard');
    const row = page.locator(`${byTestId('activity')}[data-submission-id="${id}"]`);
    await row.waitFor();
    assert.equal(await page.locator(byTestId('activity')).count(), 1);
    assert.equal(await row.getAttribute('data-status'), 'accepted');
    const text = (await row.textContent()) ?? '';
    assert.match(text, /A \+ B/);
    assert.match(text, /Accepted/);
    assert.match(text, /python3/);
    assert.match(text, /now|second|minute/);
    assert.equal(await row.locator('a').getAttribute('href'), '/problems/a-plus-b?tab=submissions');

    // The rings are drawn from the palette: switching the theme redraws them differently.
    const ring = `${byTestId('ring-hard')} canvas`;
    const drawn = () => page.evaluate((s) => /** @type {HTMLCanvasElement} */ (document.querySelector(s)).toDataURL(), ring);
    await page.waitForFunction((s) => (/** @type {HTMLCanvasElement | null} */ (document.querySelector(s)))?.toDataURL().length > 2000, ring);
    await page.selectOption(byTestId('theme-toggle'), 'light');
    await page.waitForTimeout(300);
    const light = await drawn();
    await page.selectOption(byTestId('theme-toggle'), 'dark');
    await page.waitForFunction(([s, before]) => /** @type {HTMLCanvasElement} */ (document.querySelector(s)).toDataURL() !== before, [ring, light]);
    await page.screenshot({ path: join(ARTIFACTS, 'theme-dark-dashboard.png'), fullPage: true });
  });
});

test('a premium set shows its lock and teaser; the pricing page shows the AI hint allowance', { timeout: 60_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/problem-sets');
    const card = page.locator(byTestId('set-card-company-interview-top-picks'));
    await card.waitFor();
    assert.equal(await card.getAttribute('data-premium'), 'true');
    assert.equal(await card.locator(byTestId('premium-lock')).count(), 1);
    assert.equal(await page.locator(`${byTestId('set-card-interview-essentials')} ${byTestId('premium-lock')}`).count(), 0);
    await card.click();
    await page.waitForSelector(byTestId('locked-set'));
    assert.match((await page.textContent(byTestId('set-title'))) ?? '', /Company Interview Top Picks/);
    assert.match((await page.textContent(byTestId('locked-set-count'))) ?? '', /^\d+ problems$/);
    assert.equal(await page.getAttribute(`${byTestId('locked-set-cta')} ${byTestId('upgrade-link')}`, 'href'), '/pricing');
    assert.equal(await page.locator(byTestId('problem-row')).count(), 0, 'no list');

    await page.goto('/pricing');
    await page.waitForFunction(() => /\(10 a day\)/.test(document.querySelector('[data-testid="pricing-ai-hints"]')?.textContent ?? ''));
  });
});
