// Contest standings through the edge: a registered player's contest submit is judged, then
// the leaderboard (open to all) and my-rank (signed in) answer from the farm's standings, a
// submit naming an unknown contest is refused, and the rating history of a user is readable.
//
// Needs the farm binary (FARM_BIN) and the farm's environment, as scripts/test.sh exports them.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp, waitForVerdict } from './client.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const farm = process.env.FARM_BIN ?? join(root, 'target/debug/judge-farm');
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/** @param {string} dir A problem or contest package. */
function importPackage(dir) {
  execFileSync(farm, ['import', dir], { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
}

test('a contest submit reaches the leaderboard and my-rank', { timeout: 120_000 }, async () => {
  const tag = Date.now();
  const slug = `standings-probe-${tag}`;
  const problem = mkdtempSync(join(tmpdir(), 'aa-standings-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), problem, { recursive: true });
  const manifest = readFileSync(join(problem, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${slug}"`);
  writeFileSync(join(problem, 'problem.toml'), manifest);
  importPackage(problem);

  // Starts in 5 s (whole seconds, as contest.toml takes them).
  const start = new Date(Math.ceil((Date.now() + 5_000) / 1000) * 1000);
  const contest = `standings-e2e-${tag}`;
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-standings-')), contest);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${contest}"`, 'title = "Standings end-to-end"', 'kind = "weekly"', 'format = "icpc"',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 60',
    '', '[[problems]]', `slug = "${slug}"`, '',
  ].join('\n'));
  importPackage(dir);

  const player = new Client();
  const { user } = await signUp(player);
  assert.equal((await player.post(`/api/contests/${contest}/register`)).status, 204);
  const anonymous = new Client();
  const empty = await anonymous.get(`/api/contests/${contest}/leaderboard`);
  assert.equal(empty.status, 200, JSON.stringify(empty.data));
  assert.deepEqual(empty.data.rows, []);
  assert.equal((await anonymous.get(`/api/contests/${contest}/my-rank`)).status, 401);
  assert.equal((await anonymous.get('/api/contests/no-such-contest/leaderboard')).status, 404);

  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now() + 500)));
  const refused = await player.post('/api/submissions/submit', {
    json: { problem_slug: slug, language: 'python3', code: CORRECT, contest_slug: 'no-such-contest' },
  });
  assert.equal(refused.status, 404, JSON.stringify(refused.data));
  assert.equal(refused.data.error.code, 'contest_not_found');

  const submit = await player.post('/api/submissions/submit', {
    json: { problem_slug: slug, language: 'python3', code: CORRECT, contest_slug: contest },
  });
  assert.equal(submit.status, 202, JSON.stringify(submit.data));
  const judged = await waitForVerdict(player, submit.data.id);
  assert.equal(judged.status, 'accepted');
  assert.equal(judged.runtime_ms, null, 'a contest submission shows its verdict only');

  // The rank set moves right after the commit (off the judging path): poll briefly.
  const deadline = Date.now() + 15_000;
  let board = await anonymous.get(`/api/contests/${contest}/leaderboard?page=1&per_page=10`);
  while (board.data.total !== 1) {
    assert.ok(Date.now() < deadline, JSON.stringify(board.data));
    await new Promise((resolve) => setTimeout(resolve, 300));
    board = await anonymous.get(`/api/contests/${contest}/leaderboard?page=1&per_page=10`);
  }
  assert.equal(board.headers.get('cache-control'), 'no-store');
  assert.equal(board.data.rows[0].username, user.username);
  assert.equal(board.data.rows[0].rank, 1);
  assert.equal(board.data.rows[0].total.points, 1);
  assert.equal(board.data.frozen, false);

  const mine = await player.get(`/api/contests/${contest}/my-rank`);
  assert.equal(mine.status, 200, JSON.stringify(mine.data));
  assert.equal(mine.data.row.rank, 1);
  assert.equal(mine.data.participants, 1);
  assert.equal(typeof mine.data.predicted_rating_change, 'number', 'a rated contest predicts');

  const history = await anonymous.get(`/api/users/${user.username}/rating-history`);
  assert.equal(history.status, 200, JSON.stringify(history.data));
  assert.deepEqual(history.data.entries, []);
  assert.equal(history.data.rating, 1500);
  assert.equal((await anonymous.get('/api/users/nobody-at-all-here/rating-history')).status, 404);
});
