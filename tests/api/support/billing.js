// What the billing tests share: the local Stripe server's settings from scripts/e2e.sh, the
// claims of an access token, a token refresh, and a member who started Checkout.

import assert from 'node:assert/strict';
import { Client, signUp } from '../client.js';

export const MOCK_URL = process.env.STRIPE_MOCK_URL;
export const SECRET = process.env.STRIPE_WEBHOOK_SECRET;
/** Why the billing tests cannot run here, or false. */
export const skip = !MOCK_URL || !SECRET ? 'needs STRIPE_MOCK_URL and STRIPE_WEBHOOK_SECRET (scripts/e2e.sh)' : false;

/** @param {string} token */
export const claims = (token) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());

/** Refreshes `client`'s session; the new access token's claims. @param {Client} client */
export async function refresh(client) {
  const res = await client.post('/api/auth/refresh');
  assert.equal(res.status, 200, JSON.stringify(res.data));
  client.accessToken = res.data.access_token;
  return claims(client.accessToken);
}

/**
 * A signed-in member who started Checkout for `plan`; the Checkout Session's id.
 * @param {'monthly' | 'annual'} plan
 */
export async function subscriber(plan = 'monthly') {
  const client = new Client();
  await signUp(client);
  const checkout = await client.post('/api/billing/checkout', { json: { plan } });
  assert.equal(checkout.status, 200, JSON.stringify(checkout.data));
  const session = new URL(checkout.data.url).pathname.split('/').pop();
  return { client, session };
}

/** The event of `type` among `events`. */
export const find = (/** @type {any[]} */ events, /** @type {string} */ type) => events.find((e) => e.type === type);
