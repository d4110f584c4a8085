// A webhook while the farm is down: the edge answers 5xx, Stripe keeps the event and retries,
// and the retry applies it once. This stops the stack's real farm (FARM_PID_FILE, as
// scripts/e2e.sh sets) and starts it again with FARM_BIN in the farm's environment, so it runs
// after the other tests, alone (scripts/e2e.sh runs *.serial.js that way).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { openSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { BASE_URL } from './client.js';
import { startWhenFree } from '../support/stripe-server.js';
import { find, MOCK_URL, refresh, SECRET, skip, subscriber } from './support/billing.js';

test('a webhook while the farm is down gets a 5xx and is applied once on the retry', { skip: skip || (!process.env.FARM_PID_FILE && 'needs FARM_PID_FILE'), timeout: 120_000 }, async (t) => {
  const stripe = await startWhenFree({ port: Number(new URL(MOCK_URL).port), webhookUrl: `${BASE_URL}/api/billing/webhook`, webhookSecret: SECRET });
  t.after(() => stripe.close());
  const { client, session } = await subscriber();
  const events = stripe.drive.completeCheckout(session);
  const created = find(events, 'customer.subscription.created');
  const pidFile = /** @type {string} */ (process.env.FARM_PID_FILE);
  const farmUrl = `http://${process.env.FARM_BIND}`;
  const pid = Number(readFileSync(pidFile, 'utf8'));
  process.kill(-pid, 'SIGTERM');
  await waitForDown(`${farmUrl}/readyz`);
  try {
    const down = await stripe.deliver(created);
    assert.ok(down.status >= 500 && down.status < 600, `farm down: ${down.status} ${down.body}`);
    assert.ok(stripe.failed.includes(created), 'kept for a retry');
  } finally {
    // The farm again, as scripts/lib/stack.sh starts it (its own process group, same log).
    const log = openSync(join(dirname(pidFile), '../logs/farm.log'), 'a');
    const farm = spawn(/** @type {string} */ (process.env.FARM_BIN), ['serve'], { detached: true, stdio: ['ignore', log, log], env: process.env });
    farm.unref();
    writeFileSync(pidFile, String(farm.pid));
    await waitForUrl(`${farmUrl}/readyz`);
  }
  const retried = await stripe.retryFailed();
  assert.deepEqual(retried.map((r) => [r.status, JSON.parse(r.body).outcome]), [[200, 'applied']]);
  assert.equal(stripe.failed.length, 0);
  const again = await stripe.deliver(created);
  assert.equal(JSON.parse(again.body).outcome, 'duplicate');
  assert.equal((await refresh(client)).role, 'premium');
});

/** @param {string} url */
async function waitForUrl(url, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`${url} did not come up`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

/** Waits until nothing answers at `url` (the farm's port is closed). */
async function waitForDown(/** @type {string} */ url, ms = 30_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      await fetch(url);
    } catch {
      return;
    }
    if (Date.now() > deadline) throw new Error(`${url} still answers`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
