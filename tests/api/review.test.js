// End to end through workerd: the review queue and the chance of solving (issue 13). A solved
// and a failed submission put their problems in the deck; a rating moves a card's due date;
// bad ratings, unknown problems and cards not in the deck are refused in the one error shape;
// every answer is the caller's own (no-store), and anonymous callers are turned away.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp, waitForVerdict } from './client.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';
const WRONG = 'print(42)\n';

/**
 * @param {{ status: number, data: any }} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
  assert.ok(res.data.error.message.length > 0);
}

/** @param {Client} client @param {string} slug @param {string} code */
async function judged(client, slug, code) {
  const sub = await client.post('/api/submissions/submit', { json: { problem_slug: slug, language: 'python3', code } });
  assert.equal(sub.status, 202, JSON.stringify(sub.data));
  return waitForVerdict(client, sub.data.id);
}

test('verdicts fill the review deck and ratings reschedule it', { timeout: 120_000 }, async () => {
  const client = new Client();
  await signUp(client);

  const empty = await client.get('/api/users/me/reviews');
  assert.equal(empty.status, 200, JSON.stringify(empty.data));
  assert.deepEqual(empty.data, { due_count: 0, items: [] });
  assert.equal(empty.headers.get('cache-control'), 'private, no-store');

  assert.equal((await judged(client, 'a-plus-b', CORRECT)).status, 'accepted');
  assert.equal((await judged(client, 'two-sum', WRONG)).status !== 'accepted', true);

  const deck = await client.get('/api/users/me/reviews');
  assert.equal(deck.status, 200);
  const bySlug = Object.fromEntries(deck.data.items.map((/** @type {any} */ i) => [i.slug, i]));
  assert.deepEqual(Object.keys(bySlug).sort(), ['a-plus-b', 'two-sum'], JSON.stringify(deck.data));
  assert.equal(bySlug['a-plus-b'].last_rating, 'good');
  assert.equal(bySlug['two-sum'].last_rating, 'again');
  // Due order: the miss comes back first, and both dates are in the future (UTC, server side).
  assert.equal(deck.data.items[0].slug, 'two-sum');
  for (const item of deck.data.items) {
    assert.ok(Date.parse(item.due_at) > Date.now(), item.due_at);
    assert.match(item.due_at, /(Z|\+00:00)$/);
  }

  // A rating moves the card: "easy" pushes a solved problem further out than it was.
  const before = Date.parse(bySlug['a-plus-b'].due_at);
  const easy = await client.post('/api/users/me/reviews/a-plus-b', { json: { rating: 'easy' } });
  assert.equal(easy.status, 200, JSON.stringify(easy.data));
  assert.equal(easy.headers.get('cache-control'), 'private, no-store');
  assert.equal(easy.data.last_rating, 'easy');
  assert.equal(easy.data.reps, 2);
  assert.ok(Date.parse(easy.data.due_at) > before, `${easy.data.due_at} after ${bySlug['a-plus-b'].due_at}`);

  // Refusals, in the one error shape.
  assertError(await client.post('/api/users/me/reviews/a-plus-b', { json: { rating: 'meh' } }), 400, 'unknown_rating');
  assertError(await client.post('/api/users/me/reviews/a-plus-b', { json: {} }), 422, 'invalid_input');
  assertError(await client.post('/api/users/me/reviews/no-such-problem', { json: { rating: 'good' } }), 404, 'problem_not_found');
  assertError(await client.post('/api/users/me/reviews/coin-change', { json: { rating: 'good' } }), 404, 'not_in_deck');
  assertError(await new Client().get('/api/users/me/reviews'), 401, 'unauthorized');

  // Dropping a problem, once.
  const dropped = await client.request('DELETE', '/api/users/me/reviews/two-sum');
  assert.equal(dropped.status, 204, JSON.stringify(dropped.data));
  assertError(await client.request('DELETE', '/api/users/me/reviews/two-sum'), 404, 'not_in_deck');
  const after = await client.get('/api/users/me/reviews');
  assert.deepEqual(after.data.items.map((/** @type {any} */ i) => i.slug), ['a-plus-b']);
});

test('the chance of solving is a per-user call, never cached', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const res = await client.get('/api/problems/a-plus-b/chance');
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.equal(res.headers.get('cache-control'), 'private, no-store');
  assert.equal(res.data.slug, 'a-plus-b');
  assert.ok(res.data.chance > 0 && res.data.chance < 1, JSON.stringify(res.data));
  const expected = 1 / (1 + 10 ** ((res.data.problem_rating - res.data.user_rating) / 400));
  assert.ok(Math.abs(res.data.chance - expected) < 1e-9, JSON.stringify(res.data));

  assertError(await client.get('/api/problems/no-such-problem/chance'), 404, 'problem_not_found');
  assertError(await new Client().get('/api/problems/a-plus-b/chance'), 401, 'unauthorized');

  // The problem's detail, cached for everyone, carries no chance.
  const detail = await client.get('/api/problems/a-plus-b');
  assert.equal(detail.status, 200);
  assert.equal(detail.data.chance, undefined);

  const recs = await client.get('/api/users/me/recommendations');
  assert.equal(recs.status, 200, JSON.stringify(recs.data));
  for (const item of recs.data.items) assert.ok(item.chance > 0 && item.chance < 1, JSON.stringify(item));
});
