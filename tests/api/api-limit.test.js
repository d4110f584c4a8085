// The general API limit of TRD §6 (1000 requests a minute per signed-in user), enforced at the
// edge by a Durable Object per user. The test stack shrinks it (API_RATE_LIMIT, with the
// window RATE_LIMIT_WINDOW_SECS) so a test can reach it.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Client, signUp } from './client.js';

const LIMIT = Number(process.env.API_RATE_LIMIT ?? 1000);

test('a signed-in user over the general API limit gets 429 with Retry-After, others do not', { timeout: 60_000 }, async () => {
  const greedy = new Client();
  await signUp(greedy);
  const calm = new Client();
  await signUp(calm);

  // Twice the limit at once: however the requests spread over the window, some must be refused.
  const burst = await Promise.all(Array.from({ length: 2 * LIMIT }, () => greedy.get('/api/users/me')));
  const ok = burst.filter((r) => r.status === 200).length;
  const refused = burst.filter((r) => r.status === 429);
  assert.ok(refused.length > 0, `no request of ${2 * LIMIT} was refused (${ok} answered 200)`);
  assert.ok(ok >= 1 && ok <= LIMIT * 1.5, `${ok} of ${2 * LIMIT} got through a limit of ${LIMIT}`);
  assert.equal(refused[0].data.error.code, 'rate_limited');
  assert.ok(Number(refused[0].headers.get('retry-after')) >= 1, 'a 429 says when to retry');
  assert.equal(burst.filter((r) => ![200, 429].includes(r.status)).length, 0);

  const other = await calm.get('/api/users/me');
  assert.equal(other.status, 200, 'the limit is per user');
});
