// Contest standings through the edge: a registered player's contest submit is judged, then
// the leaderboard (open to all) and my-rank (signed in) answer from the farm's standings, a
// submit naming an unknown contest is refused, and the rating history of a user is readable.
//
// Needs the farm binary (FARM_BIN) and the farm's environment, as scripts/test.sh exports them.

import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp, waitForVerdict } from './client.js';
import { importPackage } from './support/farm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

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

/** Polls `read` until `done` holds of its answer. @template T */
async function until(/** @type {() => Promise<T>} */ read, /** @type {(v: T) => boolean} */ done, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    assert.ok(Date.now() < deadline, `gave up waiting: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

test('the rating prediction does not leak a frozen board, and uses the full one after it lifts', { timeout: 360_000 }, async () => {
  const tag = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const slug = `freeze-predict-problem-${tag}`;
  const problem = mkdtempSync(join(tmpdir(), 'aa-freeze-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), problem, { recursive: true });
  writeFileSync(join(problem, 'problem.toml'), readFileSync(join(problem, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${slug}"`));
  importPackage(problem);
  // Two rated minutes, frozen from the first second to the end: the public board stays empty.
  // (One minute was too short on a loaded machine to judge both entries and read the board.)
  const start = new Date(Math.ceil((Date.now() + 6_000) / 1000) * 1000);
  const contest = `freeze-predict-${tag}`;
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-freeze-')), contest);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${contest}"`, 'title = "Frozen prediction"', 'kind = "weekly"', 'format = "leetcode"', 'rated = true',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 2',
    '', '[freeze]', 'minutes_before_end = 2',
    '', '[[problems]]', `slug = "${slug}"`, 'points = 4', '',
  ].join('\n'));
  importPackage(dir);

  const solver = new Client();
  const misser = new Client();
  await signUp(solver);
  await signUp(misser);
  for (const c of [solver, misser]) assert.equal((await c.post(`/api/contests/${contest}/register`)).status, 204);
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() - Date.now() + 500)));
  /** @type {[Client, string][]} */
  const entries = [[solver, CORRECT], [misser, 'print(0)\n']];
  for (const [client, code] of entries) {
    const res = await client.post('/api/submissions/submit', { json: { problem_slug: slug, language: 'python3', code, contest_slug: contest } });
    assert.equal(res.status, 202, JSON.stringify(res.data));
    await waitForVerdict(client, res.data.id);
  }

  // During the freeze each sees their own row (the solver's 4 points, the misser's 0) on an
  // empty public board, and a prediction from that alone: both are "alone on the board", so
  // the misser's prediction cannot tell that someone solved the problem.
  const frozenSolver = await solver.get(`/api/contests/${contest}/my-rank`);
  const frozenMisser = await misser.get(`/api/contests/${contest}/my-rank`);
  assert.equal(frozenSolver.status, 200, JSON.stringify(frozenSolver.data));
  assert.ok(Date.now() < start.getTime() + 115_000, 'the reads above were made during the freeze');
  assert.equal(frozenSolver.data.row.total.points, 4);
  assert.equal(frozenMisser.data.row.total.points, 0);
  assert.equal(frozenMisser.data.row.rank, 1, 'ranked among the frozen (empty) public board');
  // The farm looks at the rooms at the very moment a room opens or a freeze starts, so the
  // room has said "frozen" since the start; a few seconds allow for a slow push.
  const frozenBy = Date.now() + 5_000;
  let board = await new Client().get(`/api/contests/${contest}/leaderboard`);
  while (board.data.frozen !== true && Date.now() < frozenBy) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    board = await new Client().get(`/api/contests/${contest}/leaderboard`);
  }
  assert.equal(board.data.frozen, true, JSON.stringify(board.data));
  const during = [frozenSolver.data.predicted_rating_change, frozenMisser.data.predicted_rating_change];
  assert.ok(during.every((d) => typeof d === 'number'), JSON.stringify(during));
  assert.equal(during[0], during[1], `each predicted alone: ${during}`);

  // After the end the board unfreezes and the prediction reads the full board: the solver
  // beat the misser, and the prediction is what the finalised round gives.
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, start.getTime() + 121_000 - Date.now())));
  const afterSolver = await until(() => solver.get(`/api/contests/${contest}/my-rank`), (r) => r.status === 200);
  const afterMisser = await misser.get(`/api/contests/${contest}/my-rank`);
  const after = [afterSolver.data.predicted_rating_change, afterMisser.data.predicted_rating_change];
  assert.equal(afterMisser.data.row.rank, 2);
  assert.ok(after[0] > during[0] && after[1] < during[1], `frozen ${during}, full ${after}`);
  const results = await until(() => new Client().get(`/api/contests/${contest}/results`), (r) => r.status === 200 && r.data.finalised === true, 120_000);
  const deltas = results.data.rows.map((/** @type {any} */ r) => r.new_rating - r.old_rating);
  assert.deepEqual(deltas, after, 'the prediction on the full board is the finalised change');
});
