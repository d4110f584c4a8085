// The account pages in the browser: 2FA set-up with the QR code and the login challenge,
// forgot/reset password, a magic link with its confirmation page, and signing out of every
// session. Codes come from the local mail outbox and from pyotp (an independent TOTP).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MAIL, mailsTo, tokenIn, waitForMail } from '../api/client.js';
import { startMockProvider } from '../api/support/oauth-mock.js';
import { logOut, openSettings, signUp } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const PYTHON = process.env.ALGOARENA_PYTHON ?? 'python3';
const PYCHECK = fileURLToPath(new URL('../api/support/pycheck.py', import.meta.url));
const totp = (/** @type {string} */ secret, /** @type {number} */ offset) => execFileSync(PYTHON, [PYCHECK, 'totp', secret, String(offset)], { encoding: 'utf8' }).trim();
const byTestId = (/** @type {string} */ id) => `[data-testid="${id}"]`;

async function freshTotpStep() {
  const into = (Date.now() / 1000) % 30;
  if (into > 22) await new Promise((r) => setTimeout(r, (30 - into + 0.5) * 1000));
}

test('2FA set-up with the password and the QR code, recovery codes, the login challenge, reset, magic link and signing out everywhere', { timeout: 180_000 }, async (t) => {
  const tag = randomBytes(5).toString('hex');
  const user = { email: `auth-${tag}@example.com`, username: `auth_${tag}`, password: `Pw-${tag}-long-enough` };
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    await signUp(page, user);

    await freshTotpStep();
    await openSettings(page);
    // A session alone cannot set up 2FA: the page asks for the password.
    await page.click(byTestId('totp-setup'));
    await page.waitForSelector(byTestId('settings-error'));
    await page.fill(byTestId('totp-password'), user.password);
    await page.click(byTestId('totp-setup'));
    const qr = page.locator(byTestId('totp-qr'));
    await qr.waitFor();
    assert.match(await qr.getAttribute('src'), /^data:image\/svg\+xml;base64,/);
    assert.ok(await qr.evaluate((/** @type {HTMLImageElement} */ img) => img.complete && img.naturalWidth > 0), 'the QR code renders');
    const secret = (await page.textContent(byTestId('totp-secret'))).trim();
    await page.fill(byTestId('totp-enable-code'), totp(secret, -1));
    await page.click(byTestId('totp-enable'));
    await page.waitForSelector(`${byTestId('settings-note')}, ${byTestId('settings-error')}`);
    assert.equal(await page.textContent(byTestId('settings-note')), 'Two-factor authentication is on.');
    const recovery = await page.locator(byTestId('recovery-code')).allTextContents();
    assert.equal(recovery.length, 10, 'ten recovery codes, shown once');
    t.diagnostic('2FA on');

    await logOut(page);
    await page.click(byTestId('nav-login'));
    await page.fill(byTestId('login-email'), user.email);
    await page.fill(byTestId('login-password'), user.password);
    await page.click(byTestId('login-submit'));
    await page.waitForSelector(byTestId('two-factor-code'));
    assert.equal(await page.locator(byTestId('nav-username')).count(), 0, 'not signed in before the code');
    await page.fill(byTestId('two-factor-code'), totp(secret, 0));
    await page.click(byTestId('two-factor-submit'));
    await page.waitForSelector(byTestId('nav-username'));
    t.diagnostic('signed in with the TOTP code');

    // Forgot and reset password through the pages.
    await logOut(page);
    await page.goto('/forgot-password');
    const resetsBefore = (await mailsTo(user.email, MAIL.passwordReset)).length;
    const linksBefore = (await mailsTo(user.email, MAIL.signInLink)).length;
    await page.fill(byTestId('link-email'), user.email);
    await page.click(byTestId('link-submit'));
    await page.waitForSelector(byTestId('link-sent'));
    const resetMail = await waitForMail(user.email, MAIL.passwordReset, resetsBefore + 1);
    await page.goto(/(http\S+)/.exec(resetMail.text)[1].replace(/^https?:\/\/[^/]+/, ''));
    const newPassword = `New-${tag}-password`;
    await page.fill(byTestId('reset-password'), newPassword);
    await page.click(byTestId('reset-submit'));
    await page.waitForSelector(byTestId('reset-done'));
    t.diagnostic('password reset');

    // A magic link: the page asks before signing in, then the second factor.
    await page.goto('/login/magic-link');
    await page.fill(byTestId('link-email'), user.email);
    await page.click(byTestId('link-submit'));
    await page.waitForSelector(byTestId('link-sent'));
    const magicMail = await waitForMail(user.email, MAIL.signInLink, linksBefore + 1);
    await page.goto(`/magic-link?token=${tokenIn(magicMail)}`);
    await page.waitForSelector(byTestId('magic-confirm'));
    assert.match(await page.textContent(byTestId('magic-email')), new RegExp(user.email));
    assert.equal(await page.locator(byTestId('nav-username')).count(), 0, 'opening the link signs nobody in');
    await page.click(byTestId('magic-confirm'));
    await page.waitForSelector(byTestId('two-factor-code'));
    // Someone who lost the app signs in with a recovery code instead.
    await page.fill(byTestId('two-factor-code'), recovery[0]);
    await page.click(byTestId('two-factor-submit'));
    await page.waitForSelector(byTestId('nav-username'));
    t.diagnostic('signed in with a magic link and a recovery code');

    await openSettings(page);
    await page.click(byTestId('logout-everywhere'));
    await page.waitForSelector(byTestId('nav-login'));
    await page.reload();
    await page.waitForSelector(byTestId('nav-login'));
    assert.equal(await page.locator(byTestId('nav-username')).count(), 0, 'the session does not come back on reload');
  });
});

test('"Continue with Google" signs in through the provider and back', { timeout: 60_000, skip: !process.env.OAUTH_MOCK_URL && 'needs OAUTH_MOCK_URL' }, async (t) => {
  const email = `oauth-${randomBytes(5).toString('hex')}@example.com`;
  const mock = await startMockProvider((response) => {
    response.body = { sub: `browser-${email}`, email, email_verified: true };
  });
  t.after(() => mock.stop());
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;
  await withFailureArtifacts(t.name, browser, async () => {
    await page.goto('/login');
    await page.click(byTestId('oauth-google'));
    await page.waitForSelector(byTestId('nav-username'));
    assert.match(page.url(), /\/problems$/);
    assert.match(await page.textContent(byTestId('nav-username')), /^oauth-/);
  });
});
