// Starts Debian's Chromium (/usr/bin/chromium) headless for the browser tests, in a fresh
// profile that is deleted afterwards. Playwright never downloads a browser here: only
// playwright-core is installed, and it drives the system Chromium.

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

export const BASE_URL = (process.env.BASE_URL ?? 'http://127.0.0.1:8787').replace(/\/$/, '');

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// Without the networking flags Chromium keeps trying to reach Google's services, which this
// machine's closed network refuses; --no-sandbox because CI runs as root.
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * @typedef {object} Browser
 * @property {import('playwright-core').BrowserContext} context
 * @property {import('playwright-core').Page} page
 * @property {string[]} consoleLines What the page printed, and its uncaught errors.
 * @property {() => Promise<void>} close
 */

/**
 * Opens a browser context with one page; call `close()` when done.
 * @returns {Promise<Browser>}
 */
export async function openBrowser() {
  const profile = await mkdtemp(join(tmpdir(), 'algoarena-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    baseURL: BASE_URL,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  /** @type {string[]} */
  const consoleLines = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.stack ?? e.message}`));
  return {
    context,
    page,
    consoleLines,
    async close() {
      await context.close().catch(() => {});
      await rm(profile, { recursive: true, force: true });
    },
  };
}
