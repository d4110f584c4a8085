// Contest rooms through workerd: WebSockets at /api/contests/:slug/room fed by farm-signed
// pushes to /internal/contests/:slug/room. Many sockets get every rank update in order, a
// gap is healed by a resync, a reconnect starts with a snapshot, verdicts reach only their
// author, unsigned or stale pushes are refused, a room keeps its contest's facts so sockets
// connect without a farm call (until the farm says the contest changed), and a room restores
// its board after the edge restarts (every object evicted).
//
// Pushes are posted straight from the test, signed as the farm signs them; judged
// submissions driving the room end to end are the standings tests' part.
// Needs FARM_BIN, DATABASE_URL, REDIS_URL and FARM_SHARED_SECRET, as scripts/e2e.sh exports
// them; the restart phase needs the stack's edge pid file (scripts/lib/stack.sh).

import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';
import { BASE_URL, Client, signUp } from './client.js';
import { apply, createContest, pushRoom, RoomSocket, row, signedPost, upgrade } from './support/room.js';

const root = fileURLToPath(new URL('../..', import.meta.url));
const stackDir = process.env.STACK_DIR ?? join(root, '.local/test');

/** @param {RoomSocket[]} sockets */
const closeAll = (sockets) => sockets.forEach((s) => s.close());

test('unsigned, stale and malformed pushes are refused', { timeout: 60_000 }, async () => {
  const slug = createContest();
  const path = `/internal/contests/${slug}/room`;
  /** @type {any} */
  const push = { type: 'delta', seq: 1, rows: [row(1, 'mallory', 100)], submission: null };
  const unsigned = await signedPost(path, push, { secret: null });
  assert.equal(unsigned.status, 401);
  assert.equal(unsigned.data.error.code, 'bad_signature');
  const wrongKey = await signedPost(path, push, { secret: 'not-the-secret' });
  assert.equal(wrongKey.status, 401);
  const stale = await signedPost(path, push, { timestamp: Math.floor(Date.now() / 1000) - 600 });
  assert.equal(stale.status, 401);
  const malformed = await signedPost(path, { type: 'delta', seq: 'one' });
  assert.equal(malformed.status, 422, JSON.stringify(malformed.data));

  const watcher = new RoomSocket(slug);
  const snapshot = await watcher.waitFor((e) => e.event === 'contest:snapshot');
  assert.equal(snapshot.seq, 0, 'nothing refused reached the room');
  assert.deepEqual(snapshot.rows, []);
  watcher.close();
});

test('a plain GET to the room is a 400, an unknown contest a 404', async () => {
  const plain = await new Client().get('/api/contests/no-such-contest-anywhere/room');
  assert.equal(plain.status, 400);
  assert.equal((await upgrade('no-such-contest-anywhere')).status, 404);
});

test('a room keeps its contest\'s facts: sockets connect without a farm call until the farm says the contest changed', { timeout: 60_000 }, async () => {
  const slug = createContest('kept');
  /** Where the room's facts came from for one new socket: `farm` or `kept`. */
  const source = async () => {
    const answer = await upgrade(slug);
    assert.equal(answer.status, 101);
    return answer.headers['x-aa-room-contest'];
  };
  assert.equal(await source(), 'farm', 'the first socket: the Worker asks the farm');
  for (let i = 0; i < 5; i++) assert.equal(await source(), 'kept', `socket ${i + 2}: from the room's copy`);

  // A registration changes the registrant count: the farm tells the room before it answers.
  const player = new Client();
  await signUp(player);
  assert.equal((await player.post(`/api/contests/${slug}/register`)).status, 204);
  assert.equal(await source(), 'farm', 'after a registration');
  assert.equal(await source(), 'kept');
  assert.equal((await player.post(`/api/contests/${slug}/unregister`)).status, 204);
  assert.equal(await source(), 'farm', 'after a withdrawal');

  // The change call is signed like every farm call; an unsigned one changes nothing.
  const path = `/internal/contests/${slug}/room/contest`;
  const unsigned = await signedPost(path, {}, { secret: null });
  assert.equal(unsigned.status, 401);
  assert.equal(unsigned.data.error.code, 'bad_signature');
  assert.equal(await source(), 'kept', 'an unsigned call is ignored');
  const told = await signedPost(path, {});
  assert.equal(told.status, 200, JSON.stringify(told.data));
  assert.deepEqual(told.data, { forgotten: true });
  assert.equal(await source(), 'farm', 'after a signed change call (a re-import sends one)');

  // A socket on kept facts is a whole room socket: snapshot first.
  const watcher = new RoomSocket(slug);
  const snapshot = await watcher.waitFor((e) => e.event === 'contest:snapshot');
  assert.equal(snapshot.seq, 0);
  watcher.close();
});

test('220 sockets over several shards get every rank update in order', { timeout: 180_000 }, async () => {
  const slug = createContest();
  const shards = new Set();
  for (let i = 0; i < 16; i++) shards.add((await upgrade(slug)).headers['x-aa-room-shard']);
  assert.ok(shards.size >= 2, `connections spread over shards: ${[...shards]}`);
  assert.ok([...shards].every((s) => /^\d+\/[2-9]\d*$/.test(String(s))), [...shards].join());

  /** @type {RoomSocket[]} */
  const sockets = [];
  for (let i = 0; i < 220; i += 20) {
    const batch = Array.from({ length: 20 }, () => new RoomSocket(slug));
    await Promise.all(batch.map((s) => s.opened));
    sockets.push(...batch);
  }
  await Promise.all(sockets.map((s) => s.waitFor((e) => e.event === 'contest:snapshot')));
  const tick = await sockets[0].waitFor((e) => e.event === 'contest:timer_tick');
  assert.match(tick.ends_at, /^\d{4}-\d\d-\d\dT/);

  // Thirty verdicts, some posted at once (arriving out of order), moving four players.
  const players = ['ann', 'bob', 'cy', 'dee'];
  // Ranks agree with the totals, as the farm's do (the room ranks rows again by total).
  /** @param {number} s */
  const rowsAt = (s) => players.map((p, i) => row(((i + s) % 4) + 1, p, s * 10 + 3 - ((i + s) % 4)));
  for (let seq = 1; seq <= 30; seq += 3) {
    const pushes = [seq + 2, seq + 1, seq].map((s) => pushRoom(slug, { type: 'delta', seq: s, rows: rowsAt(s), submission: null }));
    for (const a of await Promise.all(pushes)) assert.equal(a.status, 200, JSON.stringify(a.data));
  }
  const expected = new Map(rowsAt(30).map((r) => [r.username, r]));

  await Promise.all(sockets.map((s) => s.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 30, 20_000)));
  for (const socket of sockets) {
    const board = { seq: -1, rows: new Map() };
    for (const event of socket.events) assert.ok(apply(board, event), `no gap: ${JSON.stringify(event)}`);
    assert.equal(board.seq, 30);
    assert.deepEqual(Object.fromEntries(board.rows), Object.fromEntries(expected));
    const updates = socket.events.filter((e) => e.event === 'contest:rank_update');
    assert.ok(updates.length < 30, `pushes were batched (${updates.length} updates for 30 pushes)`);
  }
  closeAll(sockets);
});

test('a gap is healed by a resync, and a reconnect starts with a snapshot', { timeout: 60_000 }, async () => {
  const slug = createContest();
  const watcher = new RoomSocket(slug);
  await watcher.waitFor((e) => e.event === 'contest:snapshot');
  assert.equal((await pushRoom(slug, { type: 'delta', seq: 1, rows: [row(1, 'ann', 1)], submission: null })).status, 200);
  await watcher.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 1);

  // The room waits for a missing push (seq 3) before it gives up and folds what it has.
  await pushRoom(slug, { type: 'delta', seq: 2, rows: [row(1, 'bob', 5), row(2, 'ann', 1)], submission: null });
  await pushRoom(slug, { type: 'delta', seq: 4, rows: [row(3, 'cy', 0)], submission: null });
  const afterGap = await watcher.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 4, 5_000);
  assert.equal(afterGap.prev_seq, 2, 'the room folded past its own gap, clients stay chained');

  // A client that lost an update (here: one it pretends it never saw) sees prev_seq differ
  // from its seq, asks again, and gets the whole board.
  const board = { seq: -1, rows: new Map() };
  const kept = watcher.events.filter((e) => !(e.event === 'contest:rank_update' && e.seq === 2));
  const gap = kept.findIndex((e) => !apply(board, e));
  assert.ok(gap >= 0, 'the client noticed the missing update');
  const from = watcher.events.length;
  watcher.send({ type: 'resync', last_seq: board.seq });
  const snapshot = await watcher.waitFor((e) => e.event === 'contest:snapshot', 5_000, from);
  assert.equal(snapshot.seq, 4);
  assert.deepEqual(snapshot.rows.map((/** @type {any} */ r) => r.username), ['bob', 'ann', 'cy']);

  watcher.close();
  const again = new RoomSocket(slug);
  const first = await again.waitFor(() => true);
  assert.equal(first.event, 'contest:snapshot');
  assert.equal(first.seq, 4);
  again.close();
});

test('a verdict reaches only its author', { timeout: 90_000 }, async () => {
  const slug = createContest();
  const author = new Client();
  const { user } = await signUp(author);
  const other = new Client();
  await signUp(other);
  const mine = new RoomSocket(slug, { token: author.accessToken ?? '' });
  const mineToo = new RoomSocket(slug, { token: author.accessToken ?? '' });
  const theirs = new RoomSocket(slug, { token: other.accessToken ?? '' });
  const anonymous = new RoomSocket(slug);
  const all = [mine, mineToo, theirs, anonymous];
  await Promise.all(all.map((s) => s.waitFor((e) => e.event === 'contest:snapshot')));
  assert.equal(mine.ws.protocol, 'algoarena.room');

  const submission = { username: user.username, problem: 'A', status: 'wrong_answer', failed_test: 3 };
  await pushRoom(slug, { type: 'delta', seq: 1, rows: [row(1, user.username, 0)], submission });
  await Promise.all(all.map((s) => s.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 1)));
  for (const s of [mine, mineToo]) {
    const got = await s.waitFor((e) => e.event === 'contest:submission');
    assert.deepEqual(got.submission, submission);
    assert.equal(got.seq, 1);
  }
  await sleep(300);
  for (const s of [theirs, anonymous]) {
    assert.ok(!s.events.some((e) => e.event === 'contest:submission'), 'nobody else hears of it');
  }

  const bad = new RoomSocket(slug, { token: 'not-a-token' });
  await assert.rejects(bad.opened, 'a bad token is refused at connect');
  closeAll(all);
});

/** Restarts the stack's edge (wrangler dev) with the same command line and environment. */
async function restartEdge() {
  const pidFile = join(stackDir, 'pids/edge.pid');
  const pid = Number(readFileSync(pidFile, 'utf8'));
  const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
  const env = Object.fromEntries(readFileSync(`/proc/${pid}/environ`, 'utf8').split('\0').filter(Boolean)
    .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]));
  process.kill(-pid, 'SIGTERM');
  for (let i = 0; i < 100 && existsSync(`/proc/${pid}`); i++) await sleep(100);
  if (existsSync(`/proc/${pid}`)) process.kill(-pid, 'SIGKILL');
  await sleep(500);
  const log = openSync(join(stackDir, 'logs/edge.log'), 'a');
  const child = spawn(argv[0], argv.slice(1), { env, detached: true, stdio: ['ignore', log, log] });
  child.unref();
  writeFileSync(pidFile, `${child.pid}\n`);
  for (let i = 0; i < 300; i++) {
    if (await fetch(`${BASE_URL}/`).then((r) => r.ok, () => false)) return;
    await sleep(200);
  }
  throw new Error('the edge did not come back');
}

test('a room restores its board after every object was evicted (edge restart)', { timeout: 120_000 }, async (t) => {
  if (!existsSync(join(stackDir, 'pids/edge.pid'))) {
    t.skip('no stack pid file: run through scripts/e2e.sh');
    return;
  }
  const slug = createContest();
  const before = new RoomSocket(slug);
  await before.waitFor((e) => e.event === 'contest:snapshot');
  await pushRoom(slug, { type: 'snapshot', seq: 7, rows: [row(1, 'ann', 3), row(2, 'bob', 1)], frozen: false });
  await before.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 7);

  await restartEdge();

  const after = new RoomSocket(slug);
  const snapshot = await after.waitFor((e) => e.event === 'contest:snapshot', 20_000);
  assert.equal(snapshot.seq, 7, 'the seq survived');
  assert.deepEqual(snapshot.rows.map((/** @type {any} */ r) => r.username), ['ann', 'bob']);
  await pushRoom(slug, { type: 'delta', seq: 8, rows: [row(1, 'bob', 4), row(2, 'ann', 3)], submission: null });
  const update = await after.waitFor((e) => e.event === 'contest:rank_update' && e.seq === 8);
  assert.equal(update.prev_seq, 7);
  after.close();
});
