// Premium problem sets through workerd (issue 14): the seed set company-interview-top-picks
// (problems/sets/company-interview-top-picks.toml, `premium = true`) is listed with its lock for
// everyone; its list is a 403 premium_required teaser (title, description, count) for anonymous,
// free and expired readers (the teaser kept in KV like any shared answer) and the whole list,
// with the reader's marks, for a premium one; the problem list's set filter never shows it. The
// AI hint allowance the pricing page shows is readable without a token.
// Needs the stack at BASE_URL with the seed problems and sets, and DATABASE_URL.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp } from './client.js';
import { setRoleByUsername } from './support/roles.js';

const SET = 'company-interview-top-picks';
const MINUTE = 60_000;

/**
 * A signed-up reader set to `role` (plan ending `expiresInMs` from now, or never), with a token
 * minted after that change.
 * @param {'free' | 'premium'} role
 * @param {number | null} [expiresInMs]
 */
async function reader(role, expiresInMs = null) {
  const client = new Client();
  const { user } = await signUp(client);
  if (role !== 'free') {
    setRoleByUsername(user.username, role, expiresInMs === null ? null : new Date(Date.now() + expiresInMs));
    const refreshed = await client.post('/api/auth/refresh');
    assert.equal(refreshed.status, 200, JSON.stringify(refreshed.data));
    client.accessToken = refreshed.data.access_token;
  }
  return client;
}

test('a premium set is a teaser for every reader but a premium one', { timeout: 120_000 }, async () => {
  const anonymous = new Client();
  const list = await anonymous.get('/api/problems/sets');
  assert.equal(list.status, 200, JSON.stringify(list.data));
  const entry = list.data.find((/** @type {{ slug: string }} */ s) => s.slug === SET);
  assert.ok(entry, `the seed set is listed: ${JSON.stringify(list.data)}`);
  assert.equal(entry.is_premium, true);
  assert.ok(entry.problems >= 10, JSON.stringify(entry));
  assert.equal(list.data.find((/** @type {{ slug: string }} */ s) => s.slug === 'interview-essentials').is_premium, false);

  const [free, expired, premium] = await Promise.all([reader('free'), reader('premium', -MINUTE), reader('premium', 30 * 24 * 60 * MINUTE)]);
  for (const [who, client] of /** @type {const} */ ([['anonymous', anonymous], ['free', free], ['expired', expired]])) {
    const res = await client.get(`/api/problems/sets/${SET}`);
    assert.equal(res.status, 403, `${who}: ${JSON.stringify(res.data)}`);
    assert.equal(res.data.error.code, 'premium_required', who);
    assert.deepEqual(res.data.teaser, { slug: SET, title: entry.title, description: entry.description, problems: entry.problems }, who);
    assert.equal(res.data.items, undefined, `${who} sees no list`);
    assert.match(res.headers.get('cache-control') ?? '', /no-store/, who);
  }
  // The teaser is the shared answer, kept in KV after the first read.
  assert.equal((await anonymous.get(`/api/problems/sets/${SET}`)).headers.get('x-aa-cache'), 'hit');

  const open = await premium.get(`/api/problems/sets/${SET}`);
  assert.equal(open.status, 200, JSON.stringify(open.data));
  assert.equal(open.data.is_premium, true);
  assert.equal(open.data.items.length, entry.problems);
  assert.equal(open.data.items[0].slug, 'two-sum', 'in the file order');
  assert.equal(open.data.solved, 0, 'with the reader progress');
  assert.equal(open.headers.get('x-aa-cache'), 'bypass', 'a premium answer is never the shared one');

  // The problem list's set filter does not open a premium set's list, even to premium readers
  // (its pages are shared and cached); a free set still filters.
  for (const client of [anonymous, premium]) {
    const filtered = await client.get(`/api/problems?set=${SET}&per_page=100`);
    assert.equal(filtered.status, 200, JSON.stringify(filtered.data));
    assert.equal(filtered.data.total, 0);
  }
  assert.ok((await anonymous.get('/api/problems?set=interview-essentials')).data.total > 0);
});

test('the AI hint allowance is public: what premium gives, none to spend without a token', async () => {
  const anonymous = new Client();
  const res = await anonymous.get('/api/ai-hints/quota');
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.deepEqual(res.data, { premium: false, limit: 10, remaining: 0, window_secs: 86400 });
  assert.match(res.headers.get('cache-control') ?? '', /no-store/);
  // A token that is sent must still be a valid one.
  const bad = await anonymous.get('/api/ai-hints/quota', { token: 'not-a-token' });
  assert.equal(bad.status, 401, JSON.stringify(bad.data));
});
