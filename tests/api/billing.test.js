// Premium bought end to end through workerd: the edge forwards billing calls to the farm, the
// farm calls the local Stripe server (tests/support/stripe-server.js at STRIPE_MOCK_URL) as
// Stripe's API, and that server delivers webhooks to the edge signed with the official
// `stripe` package under STRIPE_WEBHOOK_SECRET, as Stripe does. Checkout -> signed webhook ->
// premium in the next token -> portal -> cancel at period end -> expiry; forged, stale,
// replayed and re-signed deliveries; the same event twice at once. A delivery while the farm
// is down is in billing-outage.serial.js (it stops the shared farm, so it runs alone).

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import Stripe from 'stripe';
import { BASE_URL, Client } from './client.js';
import { startWhenFree } from '../support/stripe-server.js';
import { claims, find, MOCK_URL, refresh, SECRET, skip, subscriber } from './support/billing.js';

const signer = new Stripe('sk_test_signer');

/** @type {Awaited<ReturnType<typeof startWhenFree>>} */
let stripe;

before(async () => {
  if (skip) return;
  stripe = await startWhenFree({ port: Number(new URL(MOCK_URL).port), webhookUrl: `${BASE_URL}/api/billing/webhook`, webhookSecret: SECRET });
});
after(async () => {
  await stripe?.close();
});

/** What the hosted Checkout page's Pay button does; the events Stripe made and their deliveries. */
async function pay(/** @type {string} */ session) {
  const events = stripe.drive.completeCheckout(session);
  const results = await stripe.deliverAll(events);
  return { events, results };
}

/** @param {string} payload @param {Record<string, string>} headers */
function post(payload, headers) {
  return fetch(`${BASE_URL}/api/billing/webhook`, { method: 'POST', body: payload, headers: { 'content-type': 'application/json', ...headers } });
}

test('plans are read from Stripe through the edge', { skip }, async () => {
  const res = await new Client().get('/api/billing/plans');
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.deepEqual(res.data.plans.map((/** @type {any} */ p) => [p.plan, p.unit_amount, p.currency, p.interval]),
    [['monthly', 900, 'usd', 'month'], ['annual', 9000, 'usd', 'year']]);
  assert.equal(res.headers.get('cache-control'), 'no-store');
});

test('checkout, signed webhooks, premium after the token refresh, portal, cancel at period end, expiry', { skip, timeout: 60_000 }, async () => {
  const { client, session } = await subscriber('monthly');
  assert.equal(claims(client.accessToken).role, 'free');
  const checkout = stripe.requests.find((r) => r.path === '/v1/checkout/sessions');
  assert.match(checkout.form.success_url, new RegExp(`^${BASE_URL}/billing/return\\?session_id=\\{CHECKOUT_SESSION_ID\\}$`));
  assert.equal(checkout.form.cancel_url, `${BASE_URL}/pricing`);
  assert.equal((await client.get('/api/billing/subscription')).data.subscription, null);

  const { events, results } = await pay(session);
  assert.deepEqual(results.map((r) => r.status), [200, 200, 200], JSON.stringify(results));
  // The token minted before payment still says free; the refresh on return says premium.
  assert.equal(claims(client.accessToken).role, 'free');
  assert.equal((await refresh(client)).role, 'premium');
  const view = (await client.get('/api/billing/subscription')).data;
  const end = find(events, 'customer.subscription.created').data.object.items.data[0].current_period_end;
  assert.equal(view.premium, true);
  assert.deepEqual(view.subscription, { plan: 'monthly', status: 'active', current_period_end: new Date(end * 1000).toISOString().replace('.000Z', '+00:00'), cancel_at_period_end: false });
  assert.equal(Date.parse(view.premium_until), end * 1000);
  // Buying twice is refused.
  assert.equal((await client.post('/api/billing/checkout', { json: { plan: 'annual' } })).status, 409);

  const portal = await client.post('/api/billing/portal');
  assert.equal(portal.status, 200, JSON.stringify(portal.data));
  const page = await fetch(portal.data.url);
  assert.match(await page.text(), new RegExp(`${BASE_URL}/settings`));

  // Cancel: premium stays until the period ends; Stripe's update event confirms it.
  const cancelled = await client.request('DELETE', '/api/billing/subscription');
  assert.equal(cancelled.status, 200, JSON.stringify(cancelled.data));
  assert.equal(cancelled.data.subscription.status, 'cancelled');
  assert.equal(cancelled.data.subscription.cancel_at_period_end, true);
  assert.equal(cancelled.data.premium, true);
  assert.equal((await refresh(client)).role, 'premium');
  await waitFor(() => stripe.events.some((e) => e.type === 'customer.subscription.updated' && e.data.object.cancel_at_period_end));

  // The period ends: Stripe ends the subscription, and the next token is free.
  const sub = find(events, 'customer.subscription.created').data.object.id;
  const ended = await stripe.deliverAll(stripe.drive.advance(sub));
  assert.deepEqual(ended.map((r) => r.status), [200]);
  assert.equal((await refresh(client)).role, 'free');
  const last = (await client.get('/api/billing/subscription')).data;
  assert.equal(last.premium, false);
  assert.equal(last.subscription.status, 'expired');
});

/** @param {() => boolean} ok */
async function waitFor(ok, ms = 5000) {
  const deadline = Date.now() + ms;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 50));
  }
}

test('forged, stale, replayed and re-signed webhooks', { skip, timeout: 60_000 }, async () => {
  const { client, session } = await subscriber();
  const events = stripe.drive.completeCheckout(session);
  const created = find(events, 'customer.subscription.created');
  const payload = JSON.stringify(created);

  const forged = signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_not_ours' });
  const res = await post(payload, { 'stripe-signature': forged });
  assert.equal(res.status, 400);
  assert.equal((await res.json()).error.code, 'invalid_signature');
  assert.equal((await post(payload, {})).status, 400, 'no signature');
  const tampered = JSON.stringify({ ...created, type: 'customer.subscription.deleted' });
  const good = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET });
  assert.equal((await post(tampered, { 'stripe-signature': good })).status, 400, 'a body changed after signing');
  const stale = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: Math.floor(Date.now() / 1000) - 301 });
  assert.equal((await post(payload, { 'stripe-signature': stale })).status, 400, 'older than 5 minutes');
  assert.equal((await refresh(client)).role, 'free', 'nothing refused was applied');

  // During a secret roll Stripe signs with each live secret; ours among them admits it.
  const t = Math.floor(Date.now() / 1000);
  const ours = signer.webhooks.generateTestHeaderString({ payload, secret: SECRET, timestamp: t }).split(',')[1];
  const old = signer.webhooks.generateTestHeaderString({ payload, secret: 'whsec_old', timestamp: t }).split(',')[1];
  const first = await post(payload, { 'stripe-signature': `t=${t},${old},${ours}` });
  assert.equal(first.status, 200);
  assert.deepEqual(await first.json(), { outcome: 'applied' });
  // Replayed as captured (within the tolerance), and re-signed fresh: answered, not applied again.
  const replay = await post(payload, { 'stripe-signature': `t=${t},${old},${ours}` });
  assert.deepEqual([replay.status, await replay.json()], [200, { outcome: 'duplicate' }]);
  const resigned = await stripe.deliver(created);
  assert.deepEqual([resigned.status, JSON.parse(resigned.body)], [200, { outcome: 'duplicate' }]);
  assert.equal((await refresh(client)).role, 'premium');
});

test('the same event delivered twice at once is applied once', { skip, timeout: 60_000 }, async () => {
  const { client, session } = await subscriber('annual');
  const events = stripe.drive.completeCheckout(session);
  const created = find(events, 'customer.subscription.created');
  const results = await Promise.all(Array.from({ length: 4 }, () => stripe.deliver(created)));
  assert.deepEqual(results.map((r) => r.status), [200, 200, 200, 200]);
  const outcomes = results.map((r) => JSON.parse(r.body).outcome).sort();
  assert.deepEqual(outcomes, ['applied', 'duplicate', 'duplicate', 'duplicate']);
  assert.equal((await refresh(client)).role, 'premium');
});
