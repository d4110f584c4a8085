// Contests through the edge: a contest's problem is hidden (and purged from the edge's cache)
// once the contest is imported, registration opens, and at the start the farm purges the cache
// so the cached problem list shows the problem again.
//
// Needs the farm binary (FARM_BIN) and the farm's environment (DATABASE_URL, REDIS_URL,
// FARM_SHARED_SECRET, EDGE_URL), as scripts/test.sh exports them.

import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp } from './client.js';
import { importPackage } from './support/farm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** @param {import('./client.js').ApiResponse} page @param {string} slug */
const lists = (page, slug) => page.data.items.some((/** @type {{ slug: string }} */ p) => p.slug === slug);

test('a contest hides its problem until the start, when the cached list shows it again', { timeout: 90_000 }, async () => {
  const tag = Date.now();
  const slug = `contest-probe-${tag}`;
  const problem = mkdtempSync(join(tmpdir(), 'aa-contest-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), problem, { recursive: true });
  const manifest = readFileSync(join(problem, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${slug}"`);
  writeFileSync(join(problem, 'problem.toml'), manifest);
  importPackage(problem);

  const anonymous = new Client();
  assert.equal((await anonymous.get(`/api/problems/${slug}`)).status, 200);
  assert.equal((await anonymous.get(`/api/problems/${slug}`)).headers.get('x-aa-cache'), 'hit');
  assert.ok(lists(await anonymous.get('/api/problems?per_page=100'), slug));

  const setter = new Client();
  const { user } = await signUp(setter);
  const player = new Client();
  await signUp(player);

  // Starts in 20 s (whole seconds, as contest.toml takes them).
  const start = new Date(Math.ceil((Date.now() + 20_000) / 1000) * 1000);
  const contest = `weekly-e2e-${tag}`;
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-contest-')), contest);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${contest}"`, 'title = "End-to-end weekly"', 'kind = "weekly"', 'format = "leetcode"',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 60',
    `setters = ["${user.username}"]`, '', '[[problems]]', `slug = "${slug}"`, 'points = 3', '',
  ].join('\n'));
  importPackage(dir);

  const hidden = await anonymous.get(`/api/problems/${slug}`);
  assert.equal(hidden.status, 404, 'the import purged the cached detail');
  assert.equal(hidden.data.error.code, 'problem_not_found');
  assert.ok(!lists(await anonymous.get('/api/problems?per_page=100'), slug), 'and the cached list');
  const submit = await player.post('/api/submissions/submit', {
    json: { problem_slug: slug, language: 'python3', code: 'print(1)\n' },
  });
  assert.equal(submit.status, 404, JSON.stringify(submit.data));

  const early = await setter.get(`/api/contests/${contest}`);
  assert.equal(early.status, 200, JSON.stringify(early.data));
  assert.deepEqual(early.data.problems.map((/** @type {{ slug: string }} */ p) => p.slug), [slug], 'its setter sees it');
  const before = await player.get(`/api/contests/${contest}`);
  assert.deepEqual(before.data.problems, []);
  assert.equal(before.data.phase, 'upcoming');
  assert.ok(lists(await anonymous.get('/api/contests?per_page=100'), contest));

  assert.equal((await anonymous.post(`/api/contests/${contest}/register`)).status, 401);
  assert.equal((await player.post(`/api/contests/${contest}/register`)).status, 204);
  assert.equal((await player.get(`/api/contests/${contest}`)).data.registered, true);
  assert.equal((await player.post(`/api/contests/${contest}/unregister`)).status, 204);
  assert.equal((await player.post(`/api/contests/${contest}/register`)).status, 204);
  assert.equal((await player.get('/api/contests/no-such-contest')).status, 404);

  // After the start the farm's watch (every 5 s) purges the cache: well before KV's 300 s TTL.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now())));
  const deadline = Date.now() + 30_000;
  while (!lists(await anonymous.get('/api/problems?per_page=100'), slug)) {
    assert.ok(Date.now() < deadline, 'the cached list did not change at the start');
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  assert.equal((await anonymous.get(`/api/problems/${slug}`)).status, 200);
  const running = await player.get(`/api/contests/${contest}`);
  assert.equal(running.data.phase, 'running');
  const late = await player.post(`/api/contests/${contest}/unregister`);
  assert.equal(late.status, 409);
  assert.equal(late.data.error.code, 'contest_started');
});
