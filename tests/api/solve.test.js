// End to end over HTTP through workerd: a new user registers, logs in, lists problems, and gets
// Accepted and Wrong Answer; the refresh cookie rotates; bad input gets clear JSON errors.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, randomUser, signUp, waitForVerdict } from './client.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';
const WRONG = 'a, b = map(int, input().split())\nprint(a - b)\n';

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
  assert.ok(res.data.error.message.length > 0);
}

test('register, log in, list problems, submit a correct and a wrong solution', { timeout: 180_000 }, async () => {
  const client = new Client();
  const user = randomUser();

  const { session: reg } = await signUp(client, user);
  assert.equal(reg.status, 200, JSON.stringify(reg.data));
  assert.equal(reg.data.token_type, 'Bearer');
  assert.equal(reg.data.expires_in, 900);
  const cookie = reg.setCookies.find((c) => c.startsWith('aa_refresh='));
  assert.ok(cookie, 'confirming the e-mail address signs in and sets the refresh cookie');
  for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api/auth']) assert.match(cookie, new RegExp(attr, 'i'));
  assert.ok(!JSON.stringify(reg.data).includes(client.cookies.get('aa_refresh')), 'the refresh token never appears in the body');

  const login = await client.post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(login.status, 200, JSON.stringify(login.data));
  client.accessToken = login.data.access_token;

  const me = await client.get('/api/users/me');
  assert.equal(me.status, 200);
  assert.equal(me.data.username, user.username);

  const list = await client.get('/api/problems?page=1&per_page=50');
  assert.equal(list.status, 200);
  assert.ok(list.data.items.some((/** @type {{ slug: string }} */ p) => p.slug === 'a-plus-b'));

  const problem = await client.get('/api/problems/a-plus-b');
  assert.equal(problem.status, 200);
  assert.equal(problem.data.samples[0].input, '1 2\n');

  const ok = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT } });
  assert.equal(ok.status, 202, JSON.stringify(ok.data));
  const bad = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: WRONG } });
  assert.equal(bad.status, 202, JSON.stringify(bad.data));

  const accepted = await waitForVerdict(client, ok.data.id);
  assert.equal(accepted.status, 'accepted', JSON.stringify(accepted));
  assert.equal(accepted.test_cases_passed, accepted.test_cases_total);
  assert.ok(accepted.runtime_ms >= 0 && accepted.memory_kb > 0, JSON.stringify(accepted));
  const wrong = await waitForVerdict(client, bad.data.id);
  assert.equal(wrong.status, 'wrong_answer', JSON.stringify(wrong));

  const stranger = new Client();
  await signUp(stranger);
  assertError(await stranger.get(`/api/submissions/${ok.data.id}`), 404, 'not_found');
});

test('the refresh cookie rotates, and logout ends the session', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const first = client.cookies.get('aa_refresh');
  const refreshed = await client.post('/api/auth/refresh');
  assert.equal(refreshed.status, 200, JSON.stringify(refreshed.data));
  assert.ok(refreshed.data.access_token);
  const second = client.cookies.get('aa_refresh');
  assert.notEqual(first, second);
  // Once the successor has been used, the first token is no longer a concurrent tab's late
  // refresh (the grace window of account-security.test.js) but a replay.
  assert.equal((await client.post('/api/auth/refresh')).status, 200);
  const third = client.cookies.get('aa_refresh');
  assert.notEqual(second, third);

  const replay = new Client();
  replay.cookies.set('aa_refresh', first);
  assertError(await replay.post('/api/auth/refresh'), 401, 'unauthorized');

  const out = await client.post('/api/auth/logout');
  assert.equal(out.status, 204);
  assert.equal(client.cookies.get('aa_refresh'), undefined, 'logout clears the cookie');
  const again = new Client();
  again.cookies.set('aa_refresh', third);
  assert.equal((await again.post('/api/auth/refresh')).status, 401);
});

test('bad input gets the right status and one JSON error shape', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const submit = (/** @type {unknown} */ json) => client.post('/api/submissions/submit', { json });

  assertError(await client.post('/api/submissions/submit', { body: '{"problem_slug": ' }), 400, 'malformed_json');
  assertError(await client.post('/api/auth/login', { body: 'not json' }), 400, 'malformed_json');
  assertError(await submit({ problem_slug: 'no-such-problem', language: 'python3', code: 'print(1)' }), 404, 'problem_not_found');
  assertError(await submit({ problem_slug: 'a-plus-b', language: 'cobol', code: 'print(1)' }), 422, 'unknown_language');
  assertError(await submit({ problem_slug: 'a-plus-b', language: 'python3', code: '#'.repeat(64 * 1024 + 1) }), 413, 'code_too_large');
  assertError(await client.post('/api/submissions/submit', { token: null, json: { problem_slug: 'a-plus-b', language: 'python3', code: 'print(1)' } }), 401, 'unauthorized');
  assertError(await client.get('/api/users/me', { token: 'not.a.jwt' }), 401, 'unauthorized');
  assertError(await client.get('/api/problems/no-such-problem'), 404, 'problem_not_found');
  assertError(await client.get('/api/no-such-endpoint'), 404, 'not_found');
  assertError(await client.post('/api/auth/login', { json: { email: 'nobody@example.com', password: 'whatever-pass' } }), 401, 'invalid_credentials');
});
