// The Settings page's session list: this browser marked, another sign-in listed with its
// device, "Sign out" ends that one (its refresh then fails) and this browser stays signed in;
// a weak new password is refused with the server's reason shown in the form.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client } from '../api/client.js';
import { signUpWithApi } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const byTestId = (/** @type {string} */ id) => `[data-testid="${id}"]`;
const PHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

test('Settings lists the sessions, signs another one out, and shows why a password is refused', { timeout: 60_000 }, async (t) => {
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const user = await signUpWithApi(page, 'sessions');
    // Another device signs in too.
    const phone = new Client();
    const login = await phone.post('/api/auth/login', { json: { email: user.email, password: user.password }, headers: { 'user-agent': PHONE } });
    assert.equal(login.status, 200, JSON.stringify(login.data));

    await page.goto('/settings');
    await page.waitForSelector(byTestId('session-row'));
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="session-row"]').length === 2);
    const current = page.locator(`${byTestId('session-row')}[data-current="true"]`);
    assert.equal(await current.count(), 1, 'this browser is marked');
    assert.match(await current.locator(byTestId('session-device')).textContent(), /^Chrom(e|ium) on Linux$/);
    assert.equal(await current.locator(byTestId('session-sign-out')).count(), 0, 'no sign-out button on this browser');
    const other = page.locator(`${byTestId('session-row')}[data-current="false"]`);
    assert.equal(await other.locator(byTestId('session-device')).textContent(), 'Safari on iOS');

    await other.locator(byTestId('session-sign-out')).click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="session-row"]').length === 1);
    assert.equal((await phone.post('/api/auth/refresh')).status, 401, "the phone's session is over");
    assert.equal(await page.locator(byTestId('sign-out-others')).isDisabled(), true, 'nothing else to sign out');
    t.diagnostic('signed the phone out');

    // A weak new password: the form shows the server's reason.
    await page.fill(byTestId('totp-password'), user.password);
    await page.fill(byTestId('new-password'), 'password1234');
    await page.click(byTestId('change-password'));
    const error = page.locator(byTestId('settings-error'));
    await error.waitFor();
    assert.match(await error.textContent(), /too common or too easy to guess/);

    // Still signed in here.
    await page.reload();
    await page.waitForSelector(byTestId('nav-username'));
    await page.waitForSelector(`${byTestId('session-row')}[data-current="true"]`);
  });
});
