// The e-mailed, delayed 2FA reset through its page (edge/web/src/pages/TwoFactorResetPage.tsx):
// ask for it, follow the mailed link, see that the reset is pending (the stack keeps the
// default delay of a day, TWO_FACTOR_RESET_DELAY_SECS), then the owner signs in with the
// authenticator app, which cancels it: the link no longer works. That the reset takes effect
// after the delay is proved at the farm (`a_lost_second_factor_is_reset_by_mail_only_after_the_delay`).

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MAIL, mailsTo, tokenIn, waitForMail } from '../api/client.js';
import { logOut, openSettings, signUp } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { openBrowser } from './support/chromium.js';

const PYTHON = process.env.ALGOARENA_PYTHON ?? 'python3';
const PYCHECK = fileURLToPath(new URL('../api/support/pycheck.py', import.meta.url));
const totp = (/** @type {string} */ secret, /** @type {number} */ offset) => execFileSync(PYTHON, [PYCHECK, 'totp', secret, String(offset)], { encoding: 'utf8' }).trim();
const byTestId = (/** @type {string} */ id) => `[data-testid="${id}"]`;

async function freshTotpStep() {
  const into = (Date.now() / 1000) % 30;
  if (into > 15) await new Promise((r) => setTimeout(r, (30 - into + 0.5) * 1000));
}

test('the 2FA reset page: request, the mailed link shows the reset pending, and a 2FA sign-in cancels it', { timeout: 120_000 }, async (t) => {
  const tag = randomBytes(5).toString('hex');
  const user = { email: `tfareset-${tag}@example.com`, username: `tfareset_${tag}`, password: `Pw-${tag}-long-enough` };
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    await signUp(page, user);
    await freshTotpStep();
    await openSettings(page);
    await page.fill(byTestId('totp-password'), user.password);
    await page.click(byTestId('totp-setup'));
    await page.waitForSelector(byTestId('totp-secret'));
    const secret = (await page.textContent(byTestId('totp-secret'))).trim();
    await page.fill(byTestId('totp-enable-code'), totp(secret, -1));
    await page.click(byTestId('totp-enable'));
    await page.waitForSelector(byTestId('recovery-codes'));
    await logOut(page);
    t.diagnostic('2FA on');

    // Someone (the owner, or whoever holds the mailbox) asks for the reset.
    const before = (await mailsTo(user.email, MAIL.twoFactorReset)).length;
    await page.goto('/2fa-reset');
    await page.fill(byTestId('tfa-reset-email'), user.email);
    await page.click(byTestId('tfa-reset-request'));
    await page.waitForSelector(byTestId('tfa-reset-note'));
    assert.match(await page.textContent(byTestId('tfa-reset-note')), /we mailed it what to do next/);
    const mail = await waitForMail(user.email, MAIL.twoFactorReset, before + 1);
    const link = /(http\S+)/.exec(mail.text)?.[1];
    assert.ok(link && tokenIn(mail), `no reset link in ${mail.text}`);
    const path = link.replace(/^https?:\/\/[^/]+/, '');
    assert.match(path, /^\/2fa-reset\?token=/);

    // The link before its delay: pending, nothing turned off.
    await page.goto(path);
    await page.click(byTestId('tfa-reset-confirm'));
    const pending = page.locator(byTestId('tfa-reset-pending'));
    await pending.waitFor();
    assert.match(await pending.textContent(), /pending.*starts to work later/s);
    assert.equal(await page.locator(byTestId('tfa-reset-error')).count(), 0);
    t.diagnostic('pending');

    // The owner still has the app: a 2FA sign-in cancels the reset.
    await page.goto('/login');
    await page.fill(byTestId('login-email'), user.email);
    await page.fill(byTestId('login-password'), user.password);
    await page.click(byTestId('login-submit'));
    await page.waitForSelector(byTestId('two-factor-code'));
    await page.fill(byTestId('two-factor-code'), totp(secret, 0));
    await page.click(byTestId('two-factor-submit'));
    await page.waitForSelector(byTestId('nav-username'));
    await logOut(page);

    await page.goto(path);
    await page.click(byTestId('tfa-reset-confirm'));
    const error = page.locator(byTestId('tfa-reset-error'));
    await error.waitFor();
    assert.match(await error.textContent(), /invalid, used, cancelled or expired/);
    assert.equal(await page.locator(byTestId('tfa-reset-pending')).count(), 0);
    t.diagnostic('cancelled by the 2FA sign-in');
  });
});
