// Community solutions through the edge in workerd: a member who solved the problem shares their
// accepted submission (its code comes along), others list it (by votes or newest, by language)
// and vote once each (changeable), only the author edits or deletes it, and every bad input is
// answered in the one error shape. A signed-in reader's answers carry their own vote and are
// never cached; anonymous reads come from KV, and every write drops them.
//
// Needs the stack at BASE_URL with the seed problems imported and a worker judging.

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp, waitForVerdict } from './client.js';

const SLUG = 'a-plus-b';
const LIST = `/api/problems/${SLUG}/solutions`;
const ACCEPTED = readFileSync(fileURLToPath(new URL(`../../problems/${SLUG}/submissions/accepted/sum.py`, import.meta.url)), 'utf8');

/** Submits `code` in Python and waits for its verdict; resolves to the submission. @param {Client} client @param {string} code */
async function submit(client, code) {
  const submitted = await client.post('/api/submissions/submit', { json: { problem_slug: SLUG, language: 'python3', code } });
  assert.equal(submitted.status, 202, JSON.stringify(submitted.data));
  return waitForVerdict(client, submitted.data.id, 120_000);
}

/** @param {{ status: number, data: any }} res @param {number} status @param {string} code */
function refused(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
  assert.equal(typeof res.data.error.message, 'string');
}

test('a solver shares a solution, others vote once each, and only the author edits or deletes it', { timeout: 300_000 }, async () => {
  const alice = new Client();
  const bob = new Client();
  const anonymous = new Client();
  const { user: aliceUser } = await signUp(alice);
  await signUp(bob);

  const accepted = await submit(alice, ACCEPTED);
  assert.equal(accepted.status, 'accepted', JSON.stringify(accepted));
  const wrong = await submit(bob, 'print(0)\n');
  assert.equal(wrong.status, 'wrong_answer', JSON.stringify(wrong));

  const body = { submission_id: accepted.id, title: 'Read two numbers, print the sum', explanation: '## Idea\nAdd them.\n\n<img src=x onerror=alert(1)>' };
  // Who may share: signed in, having solved the problem, with their own accepted submission.
  refused(await anonymous.post(LIST, { json: body }), 401, 'unauthorized');
  const notSolved = await bob.post(LIST, { json: { ...body, submission_id: wrong.id } });
  refused(notSolved, 403, 'not_solved');
  assert.match(notSolved.data.error.message, /solved/);
  refused(await bob.post(LIST, { json: body }), 403, 'not_solved');

  // Bad bodies, checked at the edge before the farm is asked.
  refused(await alice.post(LIST, { body: '{"title":' }), 400, 'malformed_json');
  refused(await alice.post(LIST, { json: { ...body, title: 'ab' } }), 422, 'invalid_input');
  refused(await alice.post(LIST, { json: { ...body, explanation: 'x'.repeat(16 * 1024 + 1) } }), 422, 'invalid_input');
  refused(await alice.post(LIST, { json: { ...body, submission_id: 'not-an-id' } }), 422, 'invalid_input');
  refused(await alice.post('/api/problems/no-such-problem/solutions', { json: body }), 404, 'problem_not_found');

  const shared = await alice.post(LIST, { json: body });
  assert.equal(shared.status, 201, JSON.stringify(shared.data));
  assert.equal(shared.data.code, ACCEPTED, 'the code is the submission\'s');
  assert.equal(shared.data.language, 'python3');
  assert.equal(shared.data.mine, true);
  refused(await alice.post(LIST, { json: body }), 409, 'already_shared');
  const id = shared.data.id;
  const one = `${LIST}/${id}`;

  // Listed for everyone: anonymous reads from KV, a signed-in reader's never (their own vote);
  // browsers keep neither.
  const listed = await anonymous.get(`${LIST}?sort=newest&language=python3`);
  assert.equal(listed.status, 200, JSON.stringify(listed.data));
  assert.match(listed.headers.get('cache-control') ?? '', /no-store/);
  assert.equal(listed.headers.get('x-aa-cache'), 'miss');
  assert.equal((await anonymous.get(`${LIST}?sort=newest&language=python3`)).headers.get('x-aa-cache'), 'hit');
  assert.equal((await bob.get(`${LIST}?sort=newest&language=python3`)).headers.get('x-aa-cache'), null);
  const item = listed.data.items.find((/** @type {{ id: string }} */ s) => s.id === id);
  assert.ok(item, JSON.stringify(listed.data));
  assert.equal(item.author, aliceUser.username);
  assert.equal(item.my_vote, null);
  assert.equal(item.code, undefined, 'the list carries no code');
  const inGo = await anonymous.get(`${LIST}?language=go`);
  assert.ok(!inGo.data.items.some((/** @type {{ id: string }} */ s) => s.id === id), 'filtered out by language');
  refused(await anonymous.get(`${LIST}?sort=best`), 422, 'invalid_input');
  refused(await anonymous.get(`${LIST}?page=-1`), 422, 'invalid_input');
  refused(await anonymous.get(`${LIST}?language=cobol`), 422, 'unknown_language');
  refused(await anonymous.get(`${LIST}/not-a-uuid`), 404, 'solution_not_found');

  // One vote per reader: a double vote counts once, a change replaces it, authors do not vote.
  const up = await bob.request('PUT', `${one}/vote`, { json: { vote: 'up' } });
  assert.deepEqual([up.status, up.data], [200, { votes: 1, my_vote: 'up' }]);
  const afterVote = await anonymous.get(`${LIST}?sort=newest&language=python3`);
  assert.equal(afterVote.headers.get('x-aa-cache'), 'miss', 'a vote drops the cached pages');
  assert.equal(afterVote.data.items.find((/** @type {{ id: string }} */ s) => s.id === id).votes, 1);
  const again = await bob.request('PUT', `${one}/vote`, { json: { vote: 'up' } });
  assert.deepEqual(again.data, { votes: 1, my_vote: 'up' });
  const down = await bob.request('PUT', `${one}/vote`, { json: { vote: 'down' } });
  assert.deepEqual(down.data, { votes: -1, my_vote: 'down' });
  refused(await alice.request('PUT', `${one}/vote`, { json: { vote: 'up' } }), 403, 'own_solution');
  refused(await bob.request('PUT', `${one}/vote`, { json: { vote: 'sideways' } }), 422, 'invalid_input');
  refused(await anonymous.request('PUT', `${one}/vote`, { json: { vote: 'up' } }), 401, 'unauthorized');
  assert.equal((await bob.get(one)).data.my_vote, 'down', 'bob sees his own vote');
  assert.equal((await anonymous.get(one)).data.my_vote, null, 'and nobody else does');
  const withdrawn = await bob.request('DELETE', `${one}/vote`);
  assert.deepEqual(withdrawn.data, { votes: 0, my_vote: null });

  // Only the author edits; the author (or an admin) deletes.
  refused(await bob.request('PATCH', one, { json: { title: 'Mine now' } }), 403, 'not_author');
  refused(await alice.request('PATCH', one, { json: {} }), 422, 'invalid_input');
  const edited = await alice.request('PATCH', one, { json: { title: 'Sum of two integers' } });
  assert.equal(edited.status, 200, JSON.stringify(edited.data));
  assert.equal(edited.data.title, 'Sum of two integers');
  assert.equal(edited.data.code, ACCEPTED, 'the code never changes');
  assert.equal((await anonymous.get(one)).data.title, 'Sum of two integers', 'an edit drops the cached reads');
  refused(await bob.request('DELETE', one), 403, 'not_author');
  assert.equal((await alice.request('DELETE', one)).status, 204);
  refused(await anonymous.get(one), 404, 'solution_not_found');
});
