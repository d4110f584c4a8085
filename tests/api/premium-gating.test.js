// The premium gating table through workerd (issue 14): anonymous, free, premium and expired
// readers against a premium problem's detail (cached teaser or the farm's answer), run and
// submit, hint tiers, editorials, the companies list, the company filter and the list's lock.
// The seed catalogue's edit-distance is premium (problems/edit-distance/problem.toml).
// Accounts are made premium or expired in Postgres as billing would leave them
// (support/roles.js), then take a fresh token through the refresh cookie, as the web app does.
// Needs the stack at BASE_URL with the seed problems and DATABASE_URL.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp } from './client.js';
import { setRoleByUsername } from './support/roles.js';

const MINUTE = 60_000;
const THIRTY_DAYS = 30 * 24 * 60 * MINUTE;

const PREMIUM_PROBLEM = 'edit-distance';
const FREE_PROBLEM = 'two-sum';

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 * @param {string} what
 */
function assertError(res, status, code, what) {
  assert.equal(res.status, status, `${what}: ${JSON.stringify(res.data)}`);
  assert.equal(res.data?.error?.code, code, `${what}: ${JSON.stringify(res.data)}`);
  assert.equal(typeof res.data?.error?.message, 'string');
}

/**
 * A signed-up reader whose account is then set to `role` (with its plan ending `expiresInMs`
 * from now, or never), holding a token minted after that change.
 * @param {'free' | 'premium' | 'admin'} role
 * @param {number | null} [expiresInMs]
 */
async function reader(role, expiresInMs = null) {
  const client = new Client();
  const { user } = await signUp(client);
  if (role !== 'free' || expiresInMs !== null) {
    setRoleByUsername(user.username, role, expiresInMs === null ? null : new Date(Date.now() + expiresInMs));
    const refreshed = await client.post('/api/auth/refresh');
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.data));
    client.accessToken = refreshed.data.access_token;
  }
  return client;
}

/** @returns {Promise<Record<'anonymous' | 'free' | 'premium' | 'expired', Client>>} */
async function readers() {
  const [free, premium, expired] = await Promise.all([reader('free'), reader('premium', THIRTY_DAYS), reader('premium', -MINUTE)]);
  return { anonymous: new Client(), free, premium, expired };
}

const SOLUTION = { language: 'python3', code: 'class Solution:\n    def minDistance(self, a, b):\n        return 0\n' };

test('the gating table: a premium problem, its run and submit, hints, editorials, companies and the list', { timeout: 120_000 }, async () => {
  const r = await readers();
  const locked = /** @type {const} */ (['anonymous', 'free', 'expired']);

  // The detail: a teaser for everyone but the premium reader. Asked twice, the second
  // anonymous answer comes from the edge's cache, and stays a teaser.
  for (const who of locked) {
    for (let i = 0; i < 2; i++) {
      const res = await r[who].get(`/api/problems/${PREMIUM_PROBLEM}`);
      assertError(res, 403, 'premium_required', `${who} detail`);
      assert.equal(res.data.teaser.title, 'Edit Distance');
      assert.equal(res.data.teaser.difficulty, 'Hard');
      assert.equal(res.data.teaser.is_premium, true);
      assert.match(res.data.teaser.excerpt, /^One \*edit\* of a word/);
      const text = JSON.stringify(res.data);
      for (const secret of ['samples', 'starter_code', 'Constraints', 'Grammarly', 'D[i][j]']) {
        assert.ok(!text.includes(secret), `${who} sees ${secret}: ${text}`);
      }
    }
  }
  const anonymousAgain = await r.anonymous.get(`/api/problems/${PREMIUM_PROBLEM}`);
  assert.equal(anonymousAgain.headers.get('x-aa-cache'), 'hit', 'the teaser is shared from KV');
  const open = await r.premium.get(`/api/problems/${PREMIUM_PROBLEM}`);
  assert.equal(open.status, 200, JSON.stringify(open.data));
  assert.match(open.data.description, /Constraints/);
  assert.ok(open.data.samples.length > 0 || open.data.starter_code.python3);
  assert.deepEqual(open.data.companies, ['Amazon', 'Google', 'Grammarly', 'Microsoft']);
  assert.match(open.headers.get('cache-control') ?? '', /no-store/, "the premium answer is the reader's own");
  // The premium reader's answer never reached the shared cache.
  const afterPremium = await r.anonymous.get(`/api/problems/${PREMIUM_PROBLEM}`);
  assert.equal(afterPremium.status, 403);

  // Companies: never in anyone's cached detail; in the premium reader's.
  for (const who of locked) {
    const free = await r[who].get(`/api/problems/${FREE_PROBLEM}`);
    assert.equal(free.status, 200);
    assert.equal(free.data.companies, undefined, `${who}: ${JSON.stringify(free.data.companies)}`);
    assert.ok(free.data.hints.every((/** @type {{text?: string}} */ h) => h.text === undefined), `${who}: no hint text in the cached detail`);
  }
  assert.deepEqual((await r.premium.get(`/api/problems/${FREE_PROBLEM}`)).data.companies, ['Amazon', 'Google']);

  // Run and submit: refused with nothing queued.
  const body = { problem_slug: PREMIUM_PROBLEM, ...SOLUTION };
  for (const path of ['/api/submissions/run', '/api/submissions/submit']) {
    assertError(await r.anonymous.post(path, { json: body }), 401, 'unauthorized', `anonymous ${path}`);
    for (const who of /** @type {const} */ (['free', 'expired'])) {
      assertError(await r[who].post(path, { json: body }), 403, 'premium_required', `${who} ${path}`);
    }
    const accepted = await r.premium.post(path, { json: body });
    assert.equal(accepted.status, 202, `premium ${path}: ${JSON.stringify(accepted.data)}`);
  }
  for (const who of /** @type {const} */ (['free', 'expired'])) {
    const mine = await r[who].get('/api/users/me/submissions');
    assert.equal(mine.data.total, 0, `${who}: a refused submit stores nothing`);
  }

  // Hint tiers: the free tier for every signed-in reader, the premium one for premium only.
  const hints = `/api/problems/${FREE_PROBLEM}/hints`;
  assertError(await r.anonymous.get(hints), 401, 'unauthorized', 'anonymous hints');
  for (const who of /** @type {const} */ (['free', 'expired'])) {
    const list = await r[who].get(hints);
    assert.equal(list.status, 200);
    assert.equal(typeof list.data.items[0].body, 'string');
    const premiumTier = list.data.items.find((/** @type {{is_premium: boolean}} */ h) => h.is_premium);
    assert.deepEqual([premiumTier.locked, premiumTier.body], [true, null], who);
    assertError(await r[who].get(`${hints}?tier=${premiumTier.tier}`), 403, 'premium_required', `${who} premium tier`);
    // A premium problem's hints are all locked, as its statement is.
    assertError(await r[who].get(`/api/problems/${PREMIUM_PROBLEM}/hints`), 403, 'premium_required', `${who} premium problem hints`);
  }
  const premiumHints = await r.premium.get(hints);
  assert.ok(premiumHints.data.items.every((/** @type {{locked: boolean, body: string}} */ h) => !h.locked && h.body), JSON.stringify(premiumHints.data));
  assert.equal((await r.premium.get(`/api/problems/${PREMIUM_PROBLEM}/hints`)).status, 200);

  // Editorials: two-sum's is open to all (after a confirmation), maximum-subarray's premium.
  const premiumEditorial = '/api/problems/maximum-subarray/editorial?confirm_unsolved=true';
  assertError(await r.anonymous.get(premiumEditorial), 401, 'unauthorized', 'anonymous editorial');
  for (const who of /** @type {const} */ (['free', 'expired'])) {
    assertError(await r[who].get(premiumEditorial), 403, 'premium_required', `${who} editorial`);
    assertError(await r[who].get(`/api/problems/${PREMIUM_PROBLEM}/editorial?confirm_unsolved=true`), 403, 'premium_required', `${who} premium problem editorial`);
  }
  const editorial = await r.premium.get(premiumEditorial);
  assert.equal(editorial.status, 200, JSON.stringify(editorial.data));
  assert.equal(typeof editorial.data.body, 'string');

  // The companies list and the company filter.
  for (const who of locked) {
    for (const path of ['/api/problems/companies', '/api/companies', '/api/problems?companies=google']) {
      assertError(await r[who].get(path), 403, 'premium_required', `${who} ${path}`);
    }
  }
  const companies = await r.premium.get('/api/problems/companies');
  assert.equal(companies.status, 200, JSON.stringify(companies.data));
  const google = companies.data.find((/** @type {{slug: string}} */ c) => c.slug === 'google');
  assert.ok(google && google.name === 'Google' && google.problems > 1, JSON.stringify(companies.data));
  assert.deepEqual((await r.premium.get('/api/companies')).data, companies.data);
  const byGoogle = await r.premium.get('/api/problems?companies=google&per_page=100');
  assert.equal(byGoogle.status, 200);
  assert.equal(byGoogle.data.total, google.problems);
  assert.ok(byGoogle.data.items.some((/** @type {{slug: string}} */ p) => p.slug === PREMIUM_PROBLEM));

  // The list is everyone's, the premium problem marked for the lock, no company anywhere.
  for (const who of /** @type {const} */ (['anonymous', 'free', 'premium', 'expired'])) {
    const page = await r[who].get('/api/problems?q=edit%20distance');
    assert.equal(page.status, 200);
    const row = page.data.items.find((/** @type {{slug: string}} */ p) => p.slug === PREMIUM_PROBLEM);
    assert.equal(row?.is_premium, true, `${who}: ${JSON.stringify(page.data)}`);
    assert.ok(!JSON.stringify(page.data).includes('Grammarly'), who);
  }
});

test('an expired plan is free at once, even with a token minted while it was premium', { timeout: 60_000 }, async () => {
  const client = await reader('premium', THIRTY_DAYS);
  assert.equal((await client.get(`/api/problems/${PREMIUM_PROBLEM}`)).status, 200);
  // The plan ends now; the token in hand still says premium for up to 15 minutes, and the
  // farm, which grants every premium answer, reads the account as it is.
  const me = await client.get('/api/users/me');
  setRoleByUsername(me.data.username, 'premium', new Date(Date.now() - MINUTE));
  assertError(await client.get(`/api/problems/${PREMIUM_PROBLEM}`), 403, 'premium_required', 'detail');
  assertError(await client.get('/api/problems/companies'), 403, 'premium_required', 'companies');
  assertError(await client.get('/api/problems?companies=google'), 403, 'premium_required', 'filter');
  assertError(await client.post('/api/submissions/run', { json: { problem_slug: PREMIUM_PROBLEM, ...SOLUTION } }), 403, 'premium_required', 'run');
});

test('an admin reads as premium', { timeout: 60_000 }, async () => {
  const admin = await reader('admin');
  assert.equal((await admin.get(`/api/problems/${PREMIUM_PROBLEM}`)).status, 200);
  assert.equal((await admin.get('/api/problems/companies')).status, 200);
});
