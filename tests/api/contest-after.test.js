// A contest after its end, through workerd and the real farm: a one-minute rated contest is
// judged, its results open at the end and show rating changes once the farm's watch has
// finalised it (no command line), the rating history has it, a later user's virtual run
// counts their own submission against the replayed board without being rated, a rejudge is
// for admins only, and a room socket is closed with 4001 when its access token expires.
//
// Needs FARM_BIN and the farm's environment, and CONTEST_FINALISE_DELAY_SECS=0 for the
// stack's farm, as scripts/e2e.sh exports them; JWT_PRIVATE_KEY_FILE to forge a short token.

import assert from 'node:assert/strict';
import { createPrivateKey, createSign } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client, signUp, waitForVerdict } from './client.js';
import { createContest, RoomSocket } from './support/room.js';
import { importPackage } from './support/farm.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PRIVATE_KEY = process.env.JWT_PRIVATE_KEY_FILE ?? join(root, '.local/secrets/jwt-private.pem');
const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';
const WRONG = 'print(0)\n';

/**
 * A copy of a-plus-b, and a rated one-minute contest of it starting at `start`.
 * @param {string} prefix @param {Date} start
 */
function oneMinuteContest(prefix, start) {
  const tag = `${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const problemSlug = `${prefix}-problem-${tag}`;
  const problem = mkdtempSync(join(tmpdir(), 'aa-after-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), problem, { recursive: true });
  const manifest = readFileSync(join(problem, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${problemSlug}"`);
  writeFileSync(join(problem, 'problem.toml'), manifest);
  importPackage(problem);
  const slug = `${prefix}-${tag}`;
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-after-contest-')), slug);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${slug}"`, 'title = "After the end"', 'kind = "weekly"', 'format = "leetcode"', 'rated = true',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 1',
    '', '[[problems]]', `slug = "${problemSlug}"`, 'points = 5', '',
  ].join('\n'));
  importPackage(dir);
  return { slug, problemSlug };
}

/**
 * A contest submission's rejection as its author sees it: the verdict and the first failed
 * test's number only (no input, expected or actual output, no counts, times or messages).
 * @param {any} submission
 */
function assertContestView(submission) {
  assert.ok(submission, 'the submission is listed');
  assert.equal(submission.failed_test?.number, 1, JSON.stringify(submission));
  for (const field of ['input', 'expected', 'actual']) assert.equal(submission.failed_test[field], '', field);
  for (const field of ['runtime_ms', 'memory_kb', 'test_cases_passed', 'test_cases_total', 'error_message']) {
    assert.equal(submission[field] ?? null, null, `${field}: ${JSON.stringify(submission)}`);
  }
}

/** Polls `read` until `done` holds of its answer. @template T */
async function until(/** @type {() => Promise<T>} */ read, /** @type {(v: T) => boolean} */ done, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    assert.ok(Date.now() < deadline, `gave up waiting: ${JSON.stringify(value)}`);
    await sleep(500);
  }
}

test('results, automatic ratings, a virtual run and the rejudge guard after a rated contest', { timeout: 240_000 }, async () => {
  const start = new Date(Math.ceil((Date.now() + 6_000) / 1000) * 1000);
  const { slug, problemSlug } = oneMinuteContest('after', start);
  const winner = new Client();
  const loser = new Client();
  const { user: winnerUser } = await signUp(winner);
  const { user: loserUser } = await signUp(loser);
  for (const c of [winner, loser]) assert.equal((await c.post(`/api/contests/${slug}/register`)).status, 204);

  // Before the end: no results, no virtual run.
  const early = await new Client().get(`/api/contests/${slug}/results`);
  assert.equal(early.status, 409, JSON.stringify(early.data));
  assert.equal(early.data.error.code, 'contest_not_over');
  assert.equal((await winner.post(`/api/contests/${slug}/virtual`)).data.error.code, 'contest_not_over');

  await sleep(Math.max(0, start.getTime() - Date.now() + 500));
  const submits = [];
  /** @type {[Client, string][]} */
  const entries = [[winner, CORRECT], [loser, WRONG]];
  for (const [client, code] of entries) {
    const res = await client.post('/api/submissions/submit', { json: { problem_slug: problemSlug, language: 'python3', code, contest_slug: slug } });
    assert.equal(res.status, 202, JSON.stringify(res.data));
    submits.push(waitForVerdict(client, res.data.id));
  }
  const [won, lost] = await Promise.all(submits);
  assert.equal(won.status, 'accepted');
  assert.equal(lost.status, 'wrong_answer');
  assertContestView(lost);

  // The rejudge is for admins: anonymous 401, a player 403.
  assert.equal((await new Client().post(`/api/contests/${slug}/rejudge`, { json: { problem: 'A' } })).status, 401);
  const forbidden = await loser.post(`/api/contests/${slug}/rejudge`, { json: { problem: 'A' } });
  assert.equal(forbidden.status, 403, JSON.stringify(forbidden.data));

  // After the end the results open; the farm's watch applies the ratings on its own.
  const anonymous = new Client();
  const results = await until(
    () => anonymous.get(`/api/contests/${slug}/results`),
    (r) => r.status === 200 && r.data.finalised === true,
    120_000,
  );
  assert.equal(results.headers.get('cache-control'), 'no-store');
  assert.equal(results.data.total, 2);
  const [first, second] = results.data.rows;
  assert.equal(first.username, winnerUser.username);
  assert.equal(first.rank, 1);
  assert.equal(second.username, loserUser.username);
  assert.equal(first.old_rating, 1500);
  assert.ok(first.new_rating > 1500 && second.new_rating < 1500, JSON.stringify(results.data.rows));
  const history = await anonymous.get(`/api/users/${winnerUser.username}/rating-history`);
  assert.equal(history.status, 200);
  assert.deepEqual(history.data.entries.map((/** @type {any} */ e) => [e.contest_slug, e.rank, e.new_rating]), [[slug, 1, first.new_rating]]);
  assert.equal(history.data.rating, first.new_rating);

  // A newcomer takes it virtually: their accept counts on the replayed board, unrated.
  const runner = new Client();
  const { user: runnerUser } = await signUp(runner);
  assert.equal((await runner.get(`/api/contests/${slug}/virtual`)).status, 404);
  const started = await runner.post(`/api/contests/${slug}/virtual`);
  assert.equal(started.status, 201, JSON.stringify(started.data));
  assert.equal(started.data.finished, false);
  assert.equal((await runner.post(`/api/contests/${slug}/virtual`)).data.error.code, 'virtual_run_exists');
  // A virtual run's submission shows what a live contest's does: the verdict and the first
  // failed test's number, no test data, in its detail and in the own-submissions lists.
  const miss = await runner.post('/api/submissions/submit', { json: { problem_slug: problemSlug, language: 'python3', code: WRONG, contest_slug: slug } });
  assert.equal(miss.status, 202, JSON.stringify(miss.data));
  const missed = await waitForVerdict(runner, miss.data.id);
  assert.equal(missed.status, 'wrong_answer');
  assertContestView(missed);
  const listed = await runner.get('/api/submissions?page=1&per_page=5');
  assertContestView(listed.data.items.find((/** @type {any} */ s) => s.id === miss.data.id));
  const mine = await runner.get(`/api/users/me/submissions?problem=${problemSlug}`);
  assert.equal(mine.status, 200, JSON.stringify(mine.data));
  assertContestView(mine.data.items.find((/** @type {any} */ s) => s.id === miss.data.id));
  const submit = await runner.post('/api/submissions/submit', { json: { problem_slug: problemSlug, language: 'python3', code: CORRECT, contest_slug: slug } });
  assert.equal(submit.status, 202, JSON.stringify(submit.data));
  assert.equal((await waitForVerdict(runner, submit.data.id)).status, 'accepted');
  const standing = await runner.get(`/api/contests/${slug}/virtual`);
  assert.equal(standing.status, 200, JSON.stringify(standing.data));
  assert.equal(standing.data.me.username, runnerUser.username);
  assert.equal(standing.data.me.virtual_entry, true);
  assert.equal(standing.data.me.total.points, 5);
  assert.ok(standing.data.rows.some((/** @type {any} */ r) => r.virtual_entry), JSON.stringify(standing.data.rows));
  const after = await anonymous.get(`/api/contests/${slug}/results`);
  assert.equal(after.data.total, 2, 'the virtual run is not on the real board');
  assert.equal((await anonymous.get(`/api/users/${runnerUser.username}/rating-history`)).data.entries.length, 0);
});

/** An access token like `client`'s own but expiring `inSecs` from now, signed with the stack's key. */
function shortLivedToken(/** @type {string} */ token, /** @type {number} */ inSecs) {
  const [h, p] = token.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const claims = JSON.parse(Buffer.from(p, 'base64url').toString());
  const now = Math.floor(Date.now() / 1000);
  const b64 = (/** @type {unknown} */ v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const input = `${b64(header)}.${b64({ ...claims, iat: now, nbf: now, exp: now + inSecs })}`;
  const signature = createSign('RSA-SHA256').update(input).sign(createPrivateKey(readFileSync(PRIVATE_KEY)));
  return `${input}.${signature.toString('base64url')}`;
}

test('a room socket is closed with 4001 when its access token expires; others stay', { timeout: 60_000 }, async () => {
  const slug = createContest('expiry');
  const viewer = new Client();
  const { session } = await signUp(viewer);
  const short = new RoomSocket(slug, { token: shortLivedToken(session.data.access_token, 4) });
  const long = new RoomSocket(slug, { token: session.data.access_token });
  const anonymous = new RoomSocket(slug);
  await Promise.all([short, long, anonymous].map((s) => s.waitFor((e) => e.event === 'contest:snapshot')));
  await until(async () => short.closed, (closed) => closed, 20_000);
  assert.equal(short.closeCode, 4001);
  assert.equal(long.closed, false, 'a token with time left keeps its socket');
  assert.equal(anonymous.closed, false, 'an anonymous socket has no token to expire');
  // The client's answer: a fresh token and straight back in.
  const again = new RoomSocket(slug, { token: session.data.access_token });
  await again.waitFor((e) => e.event === 'contest:snapshot');
  for (const s of [long, anonymous, again]) s.close();
});
