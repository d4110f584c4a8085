// AI hints through workerd: free and expired members are refused (403 premium_required), a
// premium member gets a hint about the sample their judged code failed (the farm's built-in
// local provider, as the test stack sets no provider key), and the 11th hint of the day is 429
// with Retry-After, the remaining count going down on the way. Roles are set in the database
// (support/roles.js); only billing changes them in the product.
//
// Needs DATABASE_URL (the farm's database), as scripts/e2e.sh exports it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp, waitForVerdict } from './client.js';
import { setRole } from './support/roles.js';

const HINT = '/api/problems/a-plus-b/ai-hint';
const QUOTA = '/api/ai-hints/quota';
const WRONG = 'a, b = map(int, input().split())\nprint(a * b)\n';

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
}

/** A signed-up client and its user id. */
async function member() {
  const client = new Client();
  const { session } = await signUp(client);
  return { client, id: /** @type {string} */ (session.data.user.id) };
}

test('free and expired members are refused, with the allowance shown as none', { timeout: 60_000 }, async () => {
  const { client: free } = await member();
  const refused = await free.post(HINT, { json: { language: 'python3', code: WRONG } });
  assertError(refused, 403, 'premium_required');
  assert.equal(refused.data.error.message, 'AI hints are for premium members.');
  const quota = await free.get(QUOTA);
  assert.equal(quota.status, 200, JSON.stringify(quota.data));
  assert.deepEqual(quota.data, { premium: false, limit: 10, remaining: 0, window_secs: 86400 });

  const { client: lapsed, id } = await member();
  setRole(id, 'premium', new Date(Date.now() - 60_000));
  assertError(await lapsed.post(HINT, { json: { language: 'python3', code: WRONG } }), 403, 'premium_required');
  assertError(await new Client().post(HINT, { json: { language: 'python3', code: WRONG } }), 401, 'unauthorized');
});

test('a premium member gets a hint naming the sample their code failed', { timeout: 120_000 }, async () => {
  const { client, id } = await member();
  setRole(id, 'premium', new Date(Date.now() + 30 * 86_400_000));
  assert.equal((await client.get(QUOTA)).data.remaining, 10);

  const submit = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: WRONG } });
  assert.equal(submit.status, 202, JSON.stringify(submit.data));
  const verdict = await waitForVerdict(client, submit.data.id);
  assert.equal(verdict.status, 'wrong_answer');

  const res = await client.post(HINT, { json: { language: 'python3', code: WRONG } });
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.match(res.headers.get('cache-control') ?? '', /no-store/);
  assert.equal(res.data.provider, 'local');
  assert.match(res.data.hint, /failed on sample 1 \(Wrong Answer\): input `1 2`, expected `3`, got `2`/);
  assert.equal(res.data.quota.remaining, 9);
  assert.equal((await client.get(QUOTA)).data.remaining, 9);

  assertError(await client.post(HINT, { json: { language: 'cobol', code: '' } }), 422, 'unknown_language');
  assertError(await client.post(HINT, { json: { language: 'python3', code: 'x'.repeat(32 * 1024 + 1) } }), 413, 'code_too_large');
  assertError(await client.post('/api/problems/no-such-problem/ai-hint', { json: { language: 'python3', code: '' } }), 404, 'problem_not_found');
});

test('the 11th hint in a day is 429 with Retry-After, after the count went down to 0', { timeout: 60_000 }, async () => {
  const { client, id } = await member();
  setRole(id, 'premium', null);
  for (let left = 9; left >= 0; left -= 1) {
    const res = await client.post(HINT, { json: { language: 'python3', code: '' } });
    assert.equal(res.status, 200, JSON.stringify(res.data));
    assert.equal(res.data.quota.remaining, left);
  }
  const refused = await client.post(HINT, { json: { language: 'python3', code: '' } });
  assertError(refused, 429, 'rate_limited');
  assert.match(refused.data.error.message, /^You have used your 10 AI hints for today/);
  const retryAfter = Number(refused.headers.get('retry-after'));
  assert.ok(retryAfter > 86_000 && retryAfter <= 86_400, `Retry-After: ${retryAfter}`);
  const quota = await client.get(QUOTA);
  assert.equal(quota.data.remaining, 0);
  assert.ok(quota.data.next_free_in_secs > 86_000, JSON.stringify(quota.data));
});
