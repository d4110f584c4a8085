// The problem list through workerd: filters, sorts and search reach the farm as parsed types,
// anonymous pages come from the edge's KV cache keyed by the canonical query, and a signed-in
// reader's solved/attempted marks are merged into the same shared page without leaking into it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp, waitForVerdict } from './client.js';

/** @typedef {{ slug: string, title: string, difficulty: string, tags: string[], status?: string }} Item */

/** @param {import('./client.js').ApiResponse} res */
const slugs = (res) => res.data.items.map((/** @type {Item} */ p) => p.slug);

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
}

test('filters, sorts and search work and anonymous pages are cached by the canonical query', { timeout: 60_000 }, async () => {
  const client = new Client();
  const unique = `per_page=${1 + Math.floor(Math.random() * 99)}`;
  const first = await client.get(`/api/problems?q=revrse+words&${unique}`);
  assert.equal(first.status, 200, JSON.stringify(first.data));
  assert.equal(slugs(first)[0], 'reverse-words', 'a typo still finds the problem');
  const respelled = await client.get(`/api/problems?${unique}&q=revrse%20%20words&page=1&x=1`);
  assert.equal(respelled.headers.get('x-aa-cache'), 'hit', 'another spelling of the query shares the page');
  assert.deepEqual(respelled.data, first.data);

  const prefix = await client.get('/api/problems?q=rev&per_page=100');
  assert.ok(slugs(prefix).includes('reverse-words') && slugs(prefix).includes('reverse-linked-list'), JSON.stringify(slugs(prefix)));

  const tags = await client.get('/api/problems/tags');
  assert.equal(tags.status, 200, JSON.stringify(tags.data));
  const dp = tags.data.find((/** @type {{ name: string }} */ t) => t.name === 'Dynamic Programming');
  const array = tags.data.find((/** @type {{ name: string }} */ t) => t.name === 'Array');
  assert.ok(dp && array && dp.problems >= 2, JSON.stringify(tags.data));
  const both = await client.get(`/api/problems?tags=${dp.slug},${array.slug}&tag_match=all&per_page=100`);
  assert.ok(both.data.items.length >= 1);
  for (const p of /** @type {Item[]} */ (both.data.items)) {
    assert.ok(p.tags.includes('Array') && p.tags.includes('Dynamic Programming'), JSON.stringify(p));
  }
  const either = await client.get(`/api/problems?tags=${dp.slug},${array.slug}&per_page=100`);
  assert.ok(either.data.total > both.data.total, 'any of the tags matches more than all of them');
  const onlyDp = await client.get(`/api/problems?tags=${dp.slug}&per_page=100`);
  assert.equal(onlyDp.data.total, dp.problems, 'the tag count is the filter total');

  const hard = await client.get('/api/problems?difficulty=Hard&sort=title&per_page=100');
  const titles = hard.data.items.map((/** @type {Item} */ p) => p.title);
  assert.ok(hard.data.items.every((/** @type {Item} */ p) => p.difficulty === 'Hard'));
  assert.deepEqual(titles, [...titles].sort((a, b) => a.localeCompare(b)), 'sorted by title');

  const page2 = await client.get('/api/problems?per_page=2&page=2');
  const all = await client.get('/api/problems?per_page=100');
  assert.equal(page2.data.total, all.data.total);
  assert.deepEqual(slugs(page2), slugs(all).slice(2, 4));

  const badSort = await client.get('/api/problems?sort=popular');
  assertError(badSort, 422, 'invalid_input');
  assert.match(badSort.data.error.message, /^sort/);
  assertError(await client.get('/api/problems?tag_match=most'), 422, 'invalid_input');
  assertError(await client.get('/api/problems?companies=google'), 403, 'premium_required');
  assertError(await client.get('/api/problems?status=solved'), 401, 'unauthorized');
  assertError(await client.get('/api/problems?page=-1'), 422, 'invalid_input');
  // A tag or set nobody has is a mistake to name, not an empty catalogue (and no answer of
  // the kind is cached: asking again asks the farm again).
  for (let i = 0; i < 2; i++) {
    const unknown = await client.get('/api/problems?tags=array,no-such-tag-anywhere');
    assertError(unknown, 404, 'tag_not_found');
    assert.match(unknown.data.error.message, /"no-such-tag-anywhere"/);
  }
  assertError(await client.get('/api/problems?set=no-such-set-anywhere'), 404, 'set_not_found');
});

test('a signed-in reader sees their marks on the shared page and can filter by them', { timeout: 180_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const solve = await client.post('/api/submissions/submit', {
    json: { problem_slug: 'a-plus-b', language: 'python3', code: 'a, b = map(int, input().split())\nprint(a + b)\n' },
  });
  assert.equal(solve.status, 202, JSON.stringify(solve.data));
  const miss = await client.post('/api/submissions/submit', {
    json: { problem_slug: 'reverse-words', language: 'python3', code: 'print("nope")\n' },
  });
  assert.equal(miss.status, 202, JSON.stringify(miss.data));
  assert.equal((await waitForVerdict(client, solve.data.id)).status, 'accepted');
  assert.equal((await waitForVerdict(client, miss.data.id)).status, 'wrong_answer');

  const query = `/api/problems?per_page=100&sort=number&difficulty=Easy`;
  const mine = await client.get(query);
  assert.equal(mine.status, 200, JSON.stringify(mine.data));
  assert.match(mine.headers.get('cache-control') ?? '', /no-store/);
  const status = Object.fromEntries(mine.data.items.map((/** @type {Item} */ p) => [p.slug, p.status]));
  assert.equal(status['a-plus-b'], 'solved');
  assert.equal(status['reverse-words'], 'attempted');
  assert.equal(Object.values(status).filter(Boolean).length, 2, JSON.stringify(status));

  // The page the reader's request cached is the anonymous one: no marks in it.
  const anonymous = await new Client().get(query);
  assert.equal(anonymous.headers.get('x-aa-cache'), 'hit');
  assert.ok(anonymous.data.items.every((/** @type {Item} */ p) => p.status === undefined), JSON.stringify(anonymous.data));
  assert.deepEqual(slugs(anonymous), slugs(mine));

  const solved = await client.get('/api/problems?status=solved');
  assert.equal(solved.headers.get('x-aa-cache'), 'bypass');
  assert.deepEqual(solved.data.items.map((/** @type {Item} */ p) => [p.slug, p.status]), [['a-plus-b', 'solved']]);
  const attempted = await client.get('/api/problems?status=attempted');
  assert.deepEqual(slugs(attempted), ['reverse-words']);
  const todo = await client.get('/api/problems?status=todo&per_page=100');
  assert.ok(!slugs(todo).includes('a-plus-b') && !slugs(todo).includes('reverse-words'));
  assert.ok(todo.data.items.every((/** @type {Item} */ p) => p.status === undefined));
});
