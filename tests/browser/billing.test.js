// Buying premium in Chromium against the running stack and the local Stripe server
// (tests/support/stripe-server.js at STRIPE_MOCK_URL): the pricing page shows Stripe's prices,
// "Get monthly" goes to the hosted Checkout page's stand-in, paying returns to
// /billing/return, which refreshes the session so premium shows at once (badge, settings).

import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { MAIL, codeIn, mailsTo, randomIp, waitForMail } from '../api/client.js';
import { startWhenFree } from '../support/stripe-server.js';
import { openSettings } from './support/app.js';
import { withFailureArtifacts } from './support/artifacts.js';
import { BASE_URL, openBrowser } from './support/chromium.js';

const MOCK_URL = process.env.STRIPE_MOCK_URL;
const SECRET = process.env.STRIPE_WEBHOOK_SECRET;
const skip = !MOCK_URL || !SECRET ? 'needs STRIPE_MOCK_URL and STRIPE_WEBHOOK_SECRET (scripts/e2e.sh)' : false;

/** @param {string} id */
const byTestId = (id) => `[data-testid="${id}"]`;

test('pricing -> Stripe Checkout -> return -> premium shown', { skip, timeout: 240_000 }, async (t) => {
  const stripe = await startWhenFree({ port: Number(new URL(MOCK_URL).port), webhookUrl: `${BASE_URL}/api/billing/webhook`, webhookSecret: SECRET });
  t.after(() => stripe.close());
  const browser = await openBrowser();
  t.after(() => browser.close());
  const { page } = browser;

  await withFailureArtifacts(t.name, browser, async () => {
    const tag = randomBytes(5).toString('hex');
    const user = { email: `buy-${tag}@example.com`, username: `buy_${tag}`, password: `Pw-${tag}-long-enough` };
    const headers = { 'cf-connecting-ip': randomIp() };
    const before = (await mailsTo(user.email, MAIL.verification)).length;
    const reg = await page.request.post('/api/auth/register', { data: user, headers });
    assert.equal(reg.status(), 202, await reg.text());
    const code = codeIn(await waitForMail(user.email, MAIL.verification, before + 1));
    const res = await page.request.post('/api/auth/verify-email', { data: { email: user.email, code }, headers });
    assert.ok(res.ok(), await res.text());

    await page.goto('/pricing');
    await page.waitForSelector(byTestId('price-monthly'));
    assert.match(await page.textContent(byTestId('price-monthly')), /9\.00/);
    assert.match(await page.textContent(byTestId('price-annual')), /90\.00/);
    assert.equal(await page.locator(byTestId('premium-badge')).count(), 0);

    await page.click(byTestId('buy-monthly'));
    await page.waitForURL(`${MOCK_URL}/c/pay/**`);
    await page.click('button[type="submit"]');
    await page.waitForURL(`${BASE_URL}/billing/return?session_id=**`);
    await page.waitForSelector(byTestId('billing-premium'), { timeout: 30_000 });
    await page.waitForSelector(byTestId('premium-badge'));

    await openSettings(page);
    await page.waitForFunction(() => /renews on/.test(document.querySelector('[data-testid="billing-state"]')?.textContent ?? ''));
    assert.equal(await page.locator(byTestId('billing-portal')).count(), 1);
    page.once('dialog', (d) => void d.accept());
    await page.click(byTestId('billing-cancel'));
    await page.waitForFunction(() => /cancelled: ends on/.test(document.querySelector('[data-testid="billing-state"]')?.textContent ?? ''));
  });
});
