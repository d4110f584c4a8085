// A local Stripe for the tests: the parts of Stripe's REST API the farm calls (prices,
// customers, Checkout Sessions, Customer Portal sessions, subscriptions), with form-encoded
// bodies, bearer keys, idempotency keys and Stripe's error envelope; stand-ins for the hosted
// Checkout and portal pages; and webhook delivery to the edge, each event signed with the
// official `stripe` package's generateTestHeaderString under the endpoint secret, as Stripe
// signs them. Deliveries that get no 2xx are kept for `retryFailed()`, as Stripe retries.
//
// Tests drive what a customer or Stripe's clock would do through `/_test/*` (HTTP, so the Rust
// farm tests can drive it too) or the same methods on the returned object:
//   POST /_test/checkout/<session id>/complete   pay: the subscription starts (events follow)
//   POST /_test/subscriptions/<id>/advance       the clock passes the period's end: renewal,
//                                                or the end of a subscription set to cancel
//   POST /_test/subscriptions/<id>/fail_payment  the renewal's payment fails
//   POST /_test/clock?seconds=N                  moves Stripe's clock (event times) forward
// Each answers the events it made, `{ "events": [...] }`; `?deliver=false` keeps them unsent.
//
// Run alone (the farm's Rust tests do): node stripe-server.js <port> [webhook url] [secret]

import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import Stripe from 'stripe';

const signer = new Stripe('sk_test_local_signer');
const DAY = 24 * 3600;

/** @param {string} prefix */
const newId = (prefix) => `${prefix}_${randomBytes(12).toString('hex')}`;

/**
 * Stripe's form encoding: `a[b][0][c]=v` into nested objects (numeric keys become arrays).
 * @param {string} body
 */
export function parseForm(body) {
  /** @type {any} */
  const root = {};
  for (const [rawKey, value] of new URLSearchParams(body)) {
    const path = rawKey.replace(/\]/g, '').split('[');
    let node = root;
    path.forEach((key, i) => {
      if (i === path.length - 1) {
        node[key] = value;
        return;
      }
      if (node[key] === undefined) node[key] = /^\d+$/.test(path[i + 1]) ? [] : {};
      node = node[key];
    });
  }
  return root;
}

/**
 * @typedef {object} StripeServerOptions
 * @property {number} port
 * @property {string} [host]
 * @property {string} [webhookUrl] Where events are delivered (the edge's /api/billing/webhook).
 * @property {string} [webhookSecret] The endpoint's signing secret (whsec_...).
 * @property {string} [apiKey] The secret key callers must present (any sk_test_ key when unset).
 */

/** @param {StripeServerOptions} options */
export async function startStripeServer({ port, host = '127.0.0.1', webhookUrl, webhookSecret, apiKey }) {
  const base = `http://${host}:${port}`;
  let clockOffset = 0;
  const now = () => Math.floor(Date.now() / 1000) + clockOffset;
  /** @type {Map<string, any>} */
  const prices = new Map();
  /** @type {Map<string, any>} */ const customers = new Map();
  /** @type {Map<string, any>} */ const sessions = new Map();
  /** @type {Map<string, any>} */ const portals = new Map();
  /** @type {Map<string, any>} */ const subscriptions = new Map();
  /** @type {Map<string, { status: number, body: string }>} */ const idempotent = new Map();
  /** @type {any[]} */ const events = [];
  /** @type {any[]} */ const failed = [];
  /** Every API request, for tests that check what the farm sent. */
  /** @type {{ method: string, path: string, form: any, idempotencyKey: string | undefined }[]} */
  const requests = [];

  for (const [id, interval, amount] of /** @type {[string, string, number][]} */ ([['price_monthly', 'month', 900], ['price_annual', 'year', 9000]])) {
    prices.set(id, {
      id, object: 'price', active: true, billing_scheme: 'per_unit', created: now(), currency: 'usd',
      livemode: false, lookup_key: null, metadata: {}, nickname: null, product: 'prod_premium',
      recurring: { interval, interval_count: 1, meter: null, trial_period_days: null, usage_type: 'licensed' },
      tax_behavior: 'unspecified', tiers_mode: null, transform_quantity: null, type: 'recurring',
      unit_amount: amount, unit_amount_decimal: String(amount),
    });
  }

  /** @param {string} type @param {any} object */
  function event(type, object) {
    const evt = /** @type {any} */ ({
      id: newId('evt'), object: 'event', api_version: '2025-08-27.basil', created: now(),
      data: { object: structuredClone(object) }, livemode: false, pending_webhooks: 1,
      request: { id: null, idempotency_key: null }, type,
    });
    events.push(evt);
    return evt;
  }

  /**
   * Sends one event to the webhook URL, signed; a non-2xx answer (or none) keeps it for retry.
   * @param {any} evt
   * @param {{ timestamp?: number, secret?: string, payload?: string, header?: string }} [how]
   */
  async function deliver(evt, how = {}) {
    const payload = how.payload ?? JSON.stringify(evt);
    const header = how.header ?? signer.webhooks.generateTestHeaderString({
      payload, secret: how.secret ?? webhookSecret, timestamp: how.timestamp,
    });
    let status = 0;
    let body;
    try {
      const res = await fetch(webhookUrl, {
        method: 'POST', body: payload,
        headers: { 'content-type': 'application/json; charset=utf-8', 'stripe-signature': header, 'user-agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)' },
      });
      status = res.status;
      body = await res.text();
    } catch (err) {
      body = String(err);
    }
    if ((status < 200 || status >= 300) && !failed.includes(evt)) failed.push(evt);
    if (status >= 200 && status < 300) {
      const i = failed.indexOf(evt);
      if (i >= 0) failed.splice(i, 1);
    }
    return { status, body };
  }

  /** Delivers `evts` one after another, as Stripe does for one endpoint. */
  async function deliverAll(/** @type {any[]} */ evts) {
    const results = [];
    for (const evt of evts) results.push(await deliver(evt));
    return results;
  }

  /** Redelivers every event whose delivery failed (Stripe's retries). */
  async function retryFailed() {
    return deliverAll([...failed]);
  }

  /** @param {any} sub */
  function periodOf(sub) {
    return sub.items.data[0];
  }

  /** @param {string} customer @param {string} priceId @param {Record<string, string>} metadata */
  function newSubscription(customer, priceId, metadata) {
    const price = prices.get(priceId);
    const start = now();
    const end = start + (price.recurring.interval === 'year' ? 365 : 30) * DAY;
    const id = newId('sub');
    const sub = /** @type {any} */ ({
      id, object: 'subscription', automatic_tax: { disabled_reason: null, enabled: false, liability: null },
      billing_cycle_anchor: start, billing_mode: { flexible: null, type: 'classic' }, cancel_at: null,
      cancel_at_period_end: false, canceled_at: null, collection_method: 'charge_automatically',
      created: start, currency: price.currency, customer, days_until_due: null, default_payment_method: null,
      description: null, discounts: [], ended_at: null,
      invoice_settings: { account_tax_ids: null, issuer: { type: 'self' } },
      items: {
        object: 'list', has_more: false, url: `/v1/subscription_items?subscription=${id}`,
        data: [{
          id: newId('si'), object: 'subscription_item', created: start, current_period_start: start,
          current_period_end: end, discounts: [], metadata: {}, plan: {
            id: price.id, object: 'plan', active: true, amount: price.unit_amount, amount_decimal: price.unit_amount_decimal,
            billing_scheme: 'per_unit', created: price.created, currency: price.currency, interval: price.recurring.interval,
            interval_count: 1, livemode: false, metadata: {}, meter: null, nickname: null, product: price.product,
            tiers_mode: null, transform_usage: null, trial_period_days: null, usage_type: 'licensed',
          }, price, quantity: 1, subscription: id, tax_rates: [],
        }],
      },
      latest_invoice: null, livemode: false, metadata, start_date: start, status: 'active', trial_end: null, trial_start: null,
    });
    subscriptions.set(id, sub);
    return sub;
  }

  /** @param {any} sub @param {boolean} paid */
  function invoiceFor(sub, paid) {
    const item = periodOf(sub);
    const invoice = /** @type {any} */ ({
      id: newId('in'), object: 'invoice', amount_due: item.price.unit_amount, amount_paid: paid ? item.price.unit_amount : 0,
      created: now(), currency: sub.currency, customer: sub.customer, status: paid ? 'paid' : 'open',
      lines: { object: 'list', has_more: false, data: [{ id: newId('il'), object: 'line_item', period: { start: item.current_period_start, end: item.current_period_end } }] },
      parent: { type: 'subscription_details', subscription_details: { subscription: sub.id, metadata: sub.metadata } },
    });
    sub.latest_invoice = invoice.id;
    return invoice;
  }

  // What a customer or Stripe's clock does; each returns the events made.
  const drive = {
    /** @param {string} sessionId */
    completeCheckout(sessionId) {
      const session = sessions.get(sessionId);
      if (!session) throw new Error(`no session ${sessionId}`);
      if (session.status === 'complete') return [];
      const price = session.line_items[0].price;
      const sub = newSubscription(session.customer, price, session.subscription_data?.metadata ?? session.metadata ?? {});
      Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: sub.id });
      const invoice = invoiceFor(sub, true);
      // Stripe's order for a new subscription bought through Checkout.
      return [event('customer.subscription.created', sub), event('invoice.paid', invoice),
        event('checkout.session.completed', session)];
    },
    /** @param {string} subId */
    advance(subId) {
      const sub = subscriptions.get(subId);
      const item = periodOf(sub);
      clockOffset += Math.max(0, item.current_period_end - now()) + 1;
      if (sub.cancel_at_period_end) {
        Object.assign(sub, { status: 'canceled', canceled_at: now(), ended_at: now() });
        return [event('customer.subscription.deleted', sub)];
      }
      const length = item.current_period_end - item.current_period_start;
      Object.assign(item, { current_period_start: item.current_period_end, current_period_end: item.current_period_end + length });
      sub.status = 'active';
      const invoice = invoiceFor(sub, true);
      return [event('customer.subscription.updated', sub), event('invoice.paid', invoice)];
    },
    /** @param {string} subId */
    failPayment(subId) {
      const sub = subscriptions.get(subId);
      sub.status = 'past_due';
      const invoice = invoiceFor(sub, false);
      return [event('invoice.payment_failed', invoice), event('customer.subscription.updated', sub)];
    },
    /** @param {number} seconds @returns {any[]} */
    clock(seconds) {
      clockOffset += seconds;
      return [];
    },
  };

  /** @param {import('node:http').ServerResponse} res @param {number} status @param {unknown} value */
  function json(res, status, value) {
    res.writeHead(status, { 'content-type': 'application/json', 'request-id': newId('req') });
    res.end(JSON.stringify(value));
  }

  /** @param {string} type @param {string} message @param {string} [code] */
  const stripeError = (type, message, code) => ({ error: { type, message, ...(code ? { code } : {}) } });

  /**
   * One API call; returns [status, body].
   * @param {string} method @param {string[]} parts @param {any} form
   * @returns {[number, any]}
   */
  function api(method, parts, form) {
    /** @returns {[number, any]} */
    const missing = (/** @type {string} */ what, /** @type {string} */ id) =>
      [404, stripeError('invalid_request_error', `No such ${what}: '${id}'`, 'resource_missing')];
    const [resource, id, sub] = parts;
    if (resource === 'prices' && method === 'GET' && id) {
      return prices.has(id) ? [200, prices.get(id)] : missing('price', id);
    }
    if (resource === 'customers' && method === 'POST' && !id) {
      const customer = /** @type {any} */ ({ id: newId('cus'), object: 'customer', created: now(), email: form.email ?? null,
        livemode: false, metadata: form.metadata ?? {}, name: form.name ?? null });
      customers.set(customer.id, customer);
      return [200, customer];
    }
    if (resource === 'customers' && method === 'GET' && id) {
      return customers.has(id) ? [200, customers.get(id)] : missing('customer', id);
    }
    if (resource === 'checkout' && id === 'sessions' && method === 'POST' && !sub) {
      if (form.mode !== 'subscription') return [400, stripeError('invalid_request_error', 'Only subscription mode here.', 'parameter_invalid')];
      if (!customers.has(form.customer)) return missing('customer', form.customer);
      const price = form.line_items?.[0]?.price;
      if (!prices.has(price)) return missing('price', price);
      for (const url of ['success_url', 'cancel_url']) {
        if (!/^https?:\/\//.test(form[url] ?? '')) return [400, stripeError('invalid_request_error', `Invalid URL: ${url}`, 'url_invalid')];
      }
      const session = /** @type {any} */ ({
        id: newId('cs_test'), object: 'checkout.session', automatic_tax: { enabled: false, liability: null, provider: null, status: null },
        cancel_url: form.cancel_url, client_reference_id: form.client_reference_id ?? null, created: now(),
        currency: prices.get(price).currency, custom_fields: [], custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
        customer: form.customer, expires_at: now() + DAY, line_items: form.line_items, livemode: false,
        metadata: form.metadata ?? {}, mode: 'subscription', payment_method_types: ['card'], payment_status: 'unpaid',
        shipping_options: [], status: 'open', subscription: null, subscription_data: form.subscription_data ?? null,
        success_url: form.success_url, url: null,
      });
      session.url = `${base}/c/pay/${session.id}`;
      sessions.set(session.id, session);
      const visible = { ...session };
      delete visible.line_items;
      delete visible.subscription_data;
      return [200, visible];
    }
    if (resource === 'billing_portal' && id === 'sessions' && method === 'POST') {
      if (!customers.has(form.customer)) return missing('customer', form.customer);
      const portal = /** @type {any} */ ({ id: newId('bps'), object: 'billing_portal.session', configuration: 'bpc_default', created: now(),
        customer: form.customer, flow: null, livemode: false, locale: null, on_behalf_of: null,
        return_url: form.return_url ?? null, url: '' });
      portal.url = `${base}/p/session/${portal.id}`;
      portals.set(portal.id, portal);
      return [200, portal];
    }
    if (resource === 'subscriptions' && id) {
      const found = subscriptions.get(id);
      if (!found) return missing('subscription', id);
      if (method === 'GET') return [200, found];
      if (method === 'POST') {
        if (found.status === 'canceled') return [400, stripeError('invalid_request_error', 'A canceled subscription can only update its cancellation_details and metadata.')];
        if (form.cancel_at_period_end !== undefined) {
          found.cancel_at_period_end = form.cancel_at_period_end === 'true';
          found.cancel_at = found.cancel_at_period_end ? periodOf(found).current_period_end : null;
          found.canceled_at = found.cancel_at_period_end ? now() : null;
        }
        later([event('customer.subscription.updated', found)]);
        return [200, found];
      }
    }
    return [404, stripeError('invalid_request_error', `Unrecognized request URL (${method}: /v1/${parts.join('/')}).`)];
  }

  /** Events Stripe sends on its own after an API call, shortly after answering it. */
  function later(/** @type {any[]} */ evts) {
    if (webhookUrl) setTimeout(() => { void deliverAll(evts); }, 50);
  }

  /** @param {string} title @param {string} inner */
  const page = (title, inner) => `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1>${inner}</body></html>`;

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', base);
    let body = '';
    for await (const chunk of req) body += chunk;
    try {
      if (url.pathname.startsWith('/v1/')) {
        const auth = req.headers.authorization ?? '';
        const key = auth.replace(/^Bearer /, '');
        if (!key.startsWith('sk_test_') || (apiKey && key !== apiKey)) {
          return json(res, 401, stripeError('invalid_request_error', 'Invalid API Key provided.'));
        }
        const form = parseForm(body || url.search.slice(1));
        const idem = /** @type {string | undefined} */ (req.headers['idempotency-key']);
        requests.push({ method: req.method ?? 'GET', path: url.pathname, form, idempotencyKey: idem });
        if (idem && req.method === 'POST' && idempotent.has(idem)) {
          const kept = idempotent.get(idem);
          res.writeHead(kept.status, { 'content-type': 'application/json', 'idempotent-replayed': 'true' });
          return res.end(kept.body);
        }
        const [status, value] = api(req.method ?? 'GET', url.pathname.slice(4).split('/').filter(Boolean), form);
        if (idem && req.method === 'POST') idempotent.set(idem, { status, body: JSON.stringify(value) });
        return json(res, status, value);
      }
      const parts = url.pathname.split('/').filter(Boolean);
      if (parts[0] === '_test') {
        const deliverNow = url.searchParams.get('deliver') !== 'false';
        /** @type {any[]} */
        let made;
        if (parts[1] === 'checkout' && parts[3] === 'complete') made = drive.completeCheckout(parts[2]);
        else if (parts[1] === 'subscriptions' && parts[3] === 'advance') made = drive.advance(parts[2]);
        else if (parts[1] === 'subscriptions' && parts[3] === 'fail_payment') made = drive.failPayment(parts[2]);
        else if (parts[1] === 'clock') {
          const seconds = Number(url.searchParams.get('seconds') ?? 0);
          if (!Number.isInteger(seconds) || seconds < 0) return json(res, 400, { error: 'seconds must be a whole number, at least 0' });
          made = drive.clock(seconds);
        }
        else if (parts[1] === 'retry') return json(res, 200, { results: await retryFailed() });
        else return json(res, 404, { error: 'unknown test action' });
        const results = deliverNow && webhookUrl ? await deliverAll(made) : [];
        return json(res, 200, { events: made, results });
      }
      // The hosted pages' stand-ins: a Pay button that completes the session and returns to
      // the success URL, and a portal page with a link back.
      if (parts[0] === 'c' && parts[1] === 'pay' && sessions.has(parts[2])) {
        const session = sessions.get(parts[2]);
        if (req.method === 'POST') {
          await deliverAll(drive.completeCheckout(session.id));
          res.writeHead(303, { location: session.success_url.replace('{CHECKOUT_SESSION_ID}', session.id) });
          return res.end();
        }
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(page('Pay AlgoArena', `<p>${session.line_items[0].price}</p><form method="post"><button type="submit">Pay</button></form><a href="${session.cancel_url}">Back</a>`));
      }
      if (parts[0] === 'p' && parts[1] === 'session' && portals.has(parts[2])) {
        res.writeHead(200, { 'content-type': 'text/html' });
        return res.end(page('Billing portal', `<a href="${portals.get(parts[2]).return_url}">Return to AlgoArena</a>`));
      }
      json(res, 404, stripeError('invalid_request_error', 'Not found.'));
    } catch (err) {
      json(res, 500, stripeError('api_error', String(err)));
    }
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  return {
    url: base, events, failed, requests, subscriptions, sessions, customers, deliver, deliverAll, retryFailed, drive,
    now,
    /** Stops the server. */
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve(undefined)); }),
  };
}

/**
 * [startStripeServer] on a port other test files may hold for a while (they run in parallel and
 * all want STRIPE_MOCK_URL): waits for it to be free.
 * @param {StripeServerOptions} options
 */
export async function startWhenFree(options, timeoutMs = 180_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await startStripeServer(options);
    } catch (err) {
      if (/** @type {NodeJS.ErrnoException} */ (err)?.code !== 'EADDRINUSE' || Date.now() > deadline) throw err;
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [port, webhookUrl, webhookSecret] = process.argv.slice(2);
  const server = await startStripeServer({ port: Number(port), webhookUrl, webhookSecret });
  console.log(`stripe-server listening on ${server.url}`);
}
