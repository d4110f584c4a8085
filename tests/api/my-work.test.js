// "Keep your work" through workerd: drafts saved and read back on another client, bookmarks,
// private notes, hints and the editorial behind their gates, and the user's own submission
// list, with the bad inputs each answers in the one error shape. Nothing here is cached: every
// answer is `private, no-store`.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp, waitForVerdict } from './client.js';

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
  assert.equal(typeof res.data?.error?.message, 'string');
}

/** @param {import('./client.js').ApiResponse} res */
function assertPrivate(res) {
  assert.match(res.headers.get('cache-control') ?? '', /no-store/, 'per-user answers are never cached');
}

test('a draft saved on one client is read back on another, last write wins, bad drafts are refused', { timeout: 60_000 }, async () => {
  const alice = new Client();
  await signUp(alice);
  const path = '/api/problems/a-plus-b/drafts/python3';
  const first = await alice.request('PUT', path, { json: { code: 'print(1)\n' } });
  assert.equal(first.status, 200, JSON.stringify(first.data));
  assertPrivate(first);
  const second = await alice.request('PUT', path, { json: { code: 'a, b = 1, 2\nprint(a + b)\n' } });
  assert.equal(second.status, 200);
  assert.ok(second.data.updated_at >= first.data.updated_at);

  // Another device: the same account, a new client with only the access token.
  const laptop = new Client();
  laptop.accessToken = alice.accessToken;
  const read = await laptop.get(path);
  assert.equal(read.status, 200, JSON.stringify(read.data));
  assert.equal(read.data.code, 'a, b = 1, 2\nprint(a + b)\n');
  assert.equal(read.data.updated_at, second.data.updated_at);
  assertPrivate(read);
  const list = await laptop.get('/api/problems/a-plus-b/drafts');
  assert.deepEqual(list.data.items.map((/** @type {{language: string}} */ d) => d.language), ['python3']);

  assertError(await alice.request('PUT', path, { json: { code: 'x'.repeat(64 * 1024 + 1) } }), 413, 'draft_too_large');
  assertError(await alice.request('PUT', '/api/problems/a-plus-b/drafts/cobol', { json: { code: 'x' } }), 422, 'unknown_language');
  assertError(await alice.request('PUT', '/api/problems/no-such-problem/drafts/python3', { json: { code: 'x' } }), 404, 'problem_not_found');
  assertError(await alice.request('PUT', path, { json: { source: 'x' } }), 422, 'invalid_input');
  assertError(await new Client().request('PUT', path, { json: { code: 'x' } }), 401, 'unauthorized');
  assertError(await new Client().get(path), 401, 'unauthorized');
  const after = await alice.get(path);
  assert.equal(after.data.code, 'a, b = 1, 2\nprint(a + b)\n', 'refused writes changed nothing');
});

test('a bookmark toggles, shows in the paginated list with its summary, and a note is private', { timeout: 60_000 }, async () => {
  const alice = new Client();
  await signUp(alice);
  const on = await alice.post('/api/problems/two-sum/bookmark');
  assert.deepEqual([on.status, on.data], [200, { bookmarked: true }]);
  await alice.post('/api/problems/a-plus-b/bookmark');
  const list = await alice.get('/api/users/me/bookmarks?per_page=1');
  assert.equal(list.status, 200, JSON.stringify(list.data));
  assertPrivate(list);
  assert.equal(list.data.total, 2);
  assert.equal(list.data.items[0].problem.slug, 'a-plus-b');
  assert.equal(list.data.items[0].problem.title, 'A + B');
  const off = await alice.post('/api/problems/a-plus-b/bookmark');
  assert.equal(off.data.bookmarked, false);
  assert.equal((await alice.get('/api/problems/a-plus-b/bookmark')).data.bookmarked, false);
  assert.equal((await alice.get('/api/users/me/bookmarks')).data.total, 1);
  assertError(await alice.post('/api/problems/no-such-problem/bookmark'), 404, 'problem_not_found');
  assertError(await alice.get('/api/users/me/bookmarks?page=0'), 422, 'invalid_input');
  assertError(await new Client().post('/api/problems/two-sum/bookmark'), 401, 'unauthorized');

  const note = '## Plan\n\nA map from value to index.';
  const saved = await alice.request('PUT', '/api/problems/two-sum/note', { json: { text: note } });
  assert.equal(saved.status, 200, JSON.stringify(saved.data));
  assert.equal((await alice.get('/api/problems/two-sum/note')).data.text, note);
  const bob = new Client();
  await signUp(bob);
  assert.equal((await bob.get('/api/problems/two-sum/note')).data.text, '', "someone else's note is not shown");
  assertError(await alice.request('PUT', '/api/problems/two-sum/note', { json: { text: 'y'.repeat(16 * 1024 + 1) } }), 413, 'note_too_large');
});

test('hints open free tiers, lock premium ones, and the editorial asks for a solve or a confirmation', { timeout: 90_000 }, async () => {
  const alice = new Client();
  await signUp(alice);
  const hints = await alice.get('/api/problems/two-sum/hints');
  assert.equal(hints.status, 200, JSON.stringify(hints.data));
  assertPrivate(hints);
  const tiers = hints.data.items;
  assert.ok(tiers.length >= 2);
  assert.ok(tiers[0].body && !tiers[0].locked);
  const premium = tiers.find((/** @type {{is_premium: boolean}} */ h) => h.is_premium);
  assert.ok(premium && premium.locked && premium.body === null, JSON.stringify(tiers));
  assertError(await alice.get(`/api/problems/two-sum/hints?tier=${premium.tier}`), 403, 'premium_required');
  assertError(await new Client().get('/api/problems/two-sum/hints'), 401, 'unauthorized');

  // The cached, shared problem body never holds premium text.
  const detail = await new Client().get('/api/problems/two-sum');
  assert.ok(!JSON.stringify(detail.data).includes(premium.body ?? '\u0000never'), 'no premium hint text');

  // two-sum's editorial is open to members, but not before a solve unless confirmed.
  assertError(await alice.get('/api/problems/two-sum/editorial'), 403, 'not_solved');
  const confirmed = await alice.get('/api/problems/two-sum/editorial?confirm_unsolved=true');
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.data));
  assert.equal(confirmed.data.solved, false);
  assertError(await alice.get('/api/problems/two-sum/editorial?confirm_unsolved=yes'), 422, 'invalid_input');
  // coin-change's editorial is premium, and nobody is premium yet.
  assertError(await alice.get('/api/problems/coin-change/editorial?confirm_unsolved=true'), 403, 'premium_required');

  // After an accepted submission, no confirmation is needed.
  const submit = await alice.post('/api/submissions/submit', {
    json: { problem_slug: 'a-plus-b', language: 'python3', code: 'a, b = map(int, input().split())\nprint(a + b)\n' },
  });
  assert.equal(submit.status, 202, JSON.stringify(submit.data));
  const verdict = await waitForVerdict(alice, submit.data.id);
  assert.equal(verdict.status, 'accepted');
  const mine = await alice.get('/api/users/me/submissions?problem=a-plus-b&status=accepted&language=python3');
  assert.equal(mine.status, 200, JSON.stringify(mine.data));
  assertPrivate(mine);
  assert.equal(mine.data.total, 1);
  assert.equal(mine.data.items[0].id, submit.data.id);
  assert.equal(mine.data.items[0].problem_title, 'A + B');
  assert.equal((await alice.get('/api/users/me/submissions?status=wrong_answer')).data.total, 0);
  assertError(await alice.get('/api/users/me/submissions?status=great'), 422, 'invalid_input');
  assertError(await alice.get('/api/users/me/submissions?language=cobol'), 422, 'invalid_input');
  assertError(await alice.get('/api/users/me/submissions?page=-1'), 422, 'invalid_input');
  assertError(await alice.get('/api/users/me/submissions?problem=no-such-problem'), 404, 'problem_not_found');
  assertError(await new Client().get('/api/users/me/submissions'), 401, 'unauthorized');
});
