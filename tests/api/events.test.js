// Live results and submission lists end to end through workerd: the event stream of a real
// submission shows per-test progress as the worker judges, then the verdict; the lists show
// one's own submissions, newest first.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { BASE_URL, Client, signUp } from './client.js';

// Correct, and slow enough (0.3 s a test) that judging is still going when the stream opens.
const SLOW = 'import time\na, b = map(int, input().split())\ntime.sleep(0.3)\nprint(a + b)\n';

/**
 * Reads an SSE response to its end (or `timeoutMs`), stamping each event with its arrival.
 * @param {Response} res
 */
async function readEvents(res, timeoutMs = 90_000) {
  const events = [];
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  const timer = setTimeout(() => reader.cancel(), timeoutMs);
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = 'message';
        let data = '';
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) name = line.slice(6).trim();
          else if (line.startsWith('data:')) data += line.slice(5).trim();
        }
        if (data) events.push({ name, data: JSON.parse(data), at: Date.now() });
      }
    }
  } finally {
    clearTimeout(timer);
  }
  return events;
}

// Two people for the whole file, shared by its tests.
/** @type {Promise<{ alice: Client, stranger: Client }> | undefined} */
let people;
function twoPeople() {
  people ??= (async () => ({ alice: await signedUp(), stranger: await signedUp() }))();
  return people;
}

/** @param {Client} client @param {string} id */
function openEvents(client, id, token = client.accessToken) {
  /** @type {Record<string, string>} */
  const headers = { accept: 'text/event-stream', 'cf-connecting-ip': client.ip };
  if (token) headers.authorization = `Bearer ${token}`;
  return fetch(`${BASE_URL}/api/submissions/${id}/events`, { headers });
}

async function signedUp() {
  const client = new Client();
  await signUp(client);
  return client;
}

test('the event stream shows each test as it is judged, then the verdict', { timeout: 180_000 }, async () => {
  const { alice: client, stranger } = await twoPeople();
  const sub = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: SLOW } });
  assert.equal(sub.status, 202, JSON.stringify(sub.data));
  const id = sub.data.id;

  const res = await openEvents(client, id);
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type'), /^text\/event-stream/);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  const events = await readEvents(res);

  const last = events.at(-1);
  assert.equal(last?.name, 'verdict', JSON.stringify(events));
  assert.equal(last.data.id, id);
  assert.equal(last.data.status, 'accepted', JSON.stringify(last.data));
  assert.equal(last.data.finished, true);
  const progress = events.slice(0, -1);
  assert.ok(progress.length > 0 && progress.every((e) => e.name === 'progress'), JSON.stringify(events));
  const judging = progress.filter((e) => e.data.status === 'judging' && e.data.test > 0);
  assert.ok(judging.length >= 3, `per-test progress is streamed: ${JSON.stringify(progress.map((e) => e.data))}`);
  for (const e of judging) assert.equal(e.data.total, last.data.test_cases_total);
  const tests = judging.map((e) => e.data.test);
  assert.deepEqual(tests, [...tests].sort((a, b) => a - b), 'tests come in order');
  // Streamed, not buffered: progress arrives while the judge still works (0.3 s a test).
  assert.ok(last.at - judging[0].at >= 900, `progress arrived ${last.at - judging[0].at} ms before the verdict`);

  // After the verdict, a new stream answers with it at once.
  const late = await readEvents(await openEvents(client, id), 15_000);
  assert.deepEqual(late.map((e) => e.name), ['verdict']);
  assert.equal(late[0].data.status, 'accepted');

  const foreign = await openEvents(stranger, id);
  assert.equal(foreign.status, 404);
  assert.equal((await foreign.json()).error.code, 'not_found');
  const anonymous = await openEvents(client, id, null);
  assert.equal(anonymous.status, 401);
  assert.equal((await anonymous.json()).error.code, 'unauthorized');
});

test('submission lists show only one\'s own submissions, newest first, in pages', { timeout: 60_000 }, async () => {
  const { alice: client, stranger } = await twoPeople();
  const before = (await client.get('/api/submissions?per_page=100')).data.total;
  const ids = [];
  for (const [slug, code] of [['a-plus-b', 'print(1)\n'], ['reverse-words', 'print(2)\n'], ['a-plus-b', 'print(3)\n']]) {
    const res = await client.post('/api/submissions/submit', { json: { problem_slug: slug, language: 'python3', code } });
    assert.equal(res.status, 202, JSON.stringify(res.data));
    ids.unshift(res.data.id);
  }
  const all = await client.get('/api/submissions?page=1&per_page=2');
  assert.equal(all.status, 200, JSON.stringify(all.data));
  assert.equal(all.headers.get('cache-control'), 'no-store');
  assert.equal(all.data.total, before + 3);
  assert.deepEqual(all.data.items.map((/** @type {{ id: string }} */ s) => s.id), ids.slice(0, 2));
  assert.ok(all.data.items.every((/** @type {object} */ s) => !('code' in s)), 'items never carry code');
  const second = await client.get('/api/submissions?page=2&per_page=2');
  assert.equal(second.data.items[0].id, ids[2]);

  const forProblem = await client.get('/api/submissions/problem/a-plus-b');
  assert.equal(forProblem.status, 200, JSON.stringify(forProblem.data));
  assert.deepEqual(forProblem.data.items.slice(0, 2).map((/** @type {{ id: string }} */ s) => s.id), [ids[0], ids[2]]);
  assert.ok(forProblem.data.items.every((/** @type {{ problem_slug: string }} */ s) => s.problem_slug === 'a-plus-b'));
  assert.equal(forProblem.data.per_page, 20);

  const theirs = await stranger.get('/api/submissions/problem/reverse-words');
  assert.equal(theirs.status, 200);
  assert.equal(theirs.data.total, 0, 'nobody sees anyone else\'s submissions');

  const tooMany = await client.get('/api/submissions?per_page=101');
  assert.equal(tooMany.status, 422);
  assert.equal(tooMany.data.error.code, 'invalid_input');
  assert.equal((await client.get('/api/submissions/problem/no-such-problem')).data.error.code, 'problem_not_found');
  assert.equal((await client.get('/api/submissions', { token: null })).status, 401);
});
