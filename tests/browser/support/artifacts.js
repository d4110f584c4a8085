// Keeps evidence of a failed browser test in tests/artifacts/: a full-page screenshot and
// what the page printed to its console, named after the test.

import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ARTIFACTS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'artifacts');

/**
 * Runs `fn`; if it throws, saves the page's screenshot and console log, then rethrows.
 * @param {string} name
 * @param {import('./chromium.js').Browser} browser
 * @param {() => Promise<void>} fn
 */
export async function withFailureArtifacts(name, browser, fn) {
  try {
    await fn();
  } catch (err) {
    const stem = join(ARTIFACTS, `${name.replace(/[^a-z0-9-]+/gi, '-')}-${Date.now()}`);
    await mkdir(ARTIFACTS, { recursive: true });
    await browser.page.screenshot({ path: `${stem}.png`, fullPage: true }).catch(() => {});
    await writeFile(`${stem}.console.log`, browser.consoleLines.join('\n') + '\n').catch(() => {});
    /** @type {Error} */ (err).message += `\n(screenshot: ${stem}.png)`;
    throw err;
  }
}
