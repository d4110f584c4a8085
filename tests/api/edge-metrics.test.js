// The edge's own metrics (docs/operations.md "Edge metrics"): every request is recorded with
// its route pattern (never the raw path), method, status, cache outcome and whether a rate limit
// refused it, and logged as one `{"edge_metric":{...}}` line beside the Analytics Engine point.
// Read from the edge's log (EDGE_LOG, exported by scripts/e2e.sh).

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { Client, signUp } from './client.js';

const LIMIT = Number(process.env.API_RATE_LIMIT ?? 1000);
const log = process.env.EDGE_LOG;

/** The metric lines the edge has logged so far. */
function metrics() {
  return readFileSync(/** @type {string} */ (log), 'utf8')
    .split('\n')
    .filter((line) => line.includes('{"edge_metric":'))
    .map((line) => JSON.parse(line.slice(line.indexOf('{"edge_metric":'))).edge_metric);
}

/**
 * Waits until the log holds, after its first `from` metric lines, one that `wanted` accepts.
 * @param {number} from
 * @param {(m: any) => boolean} wanted
 */
async function newMetric(from, wanted) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = metrics().slice(from).find(wanted);
    if (found) return found;
    assert.ok(Date.now() < deadline, 'no such metric line was logged');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

test('each request is recorded with its route pattern, cache outcome and rate-limit outcome', { skip: !log && 'EDGE_LOG is not set', timeout: 60_000 }, async () => {
  const before = metrics().length;
  const reader = new Client();
  const first = await reader.get('/api/problems/a-plus-b?probe=metrics');
  assert.equal(first.status, 200);
  const read = await newMetric(before, (m) => m.route === '/api/problems/:slug' && m.method === 'GET');
  assert.deepEqual(Object.keys(read).sort(), ['cache', 'limit', 'method', 'route', 'status', 'status_class', 'wall_ms']);
  assert.equal(read.status_class, '2xx');
  assert.ok(['hit', 'miss'].includes(read.cache), `a problem read is a KV read: ${JSON.stringify(read)}`);
  assert.equal(read.limit, 'ok');
  assert.ok(typeof read.wall_ms === 'number' && read.wall_ms >= 0);
  assert.ok(!metrics().slice(before).some((m) => m.route.includes('a-plus-b')), 'labels are patterns, not paths');

  // Paths no route names share the fallback's label; a refusal by the rate limit is marked.
  assert.equal((await reader.get('/api/no-such-route-for-metrics')).status, 404);
  await newMetric(before, (m) => m.route === '/*path' && m.status === 404 && m.cache === 'none');
  const greedy = new Client();
  await signUp(greedy);
  const burst = await Promise.all(Array.from({ length: 2 * LIMIT }, () => greedy.get('/api/users/me')));
  assert.ok(burst.some((r) => r.status === 429), 'the burst reached the limit');
  const limited = await newMetric(before, (m) => m.route === '/api/users/me' && m.status === 429);
  assert.equal(limited.limit, 'limited');
  assert.equal(limited.status_class, '4xx');
});
