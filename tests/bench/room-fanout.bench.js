// Benchmark (printed, not a timed test): the fan-out of a ~1 KB rank update to N sockets of
// one contest room, from the farm's push (the verdict) to each socket's message, against a
// bare workerd WebSocket fan-out (baseline-worker/: one Durable Object that sends each POST
// body to its sockets) measured in the same run on the same machine. Prints p50/p99 of every
// delivery and of each round's last delivery, and the room/baseline ratios.
//
// Run against the test stack: scripts/e2e.sh bench/room-fanout.bench.js
// BENCH_SOCKETS (default 1000), BENCH_ROUNDS (default 20). The two phases run one after the
// other (the room's sockets are closed, and their closing waited for, before the baseline's
// open). Both Workers, the edge and the baseline, run in workerd directly (direct-worker.mjs:
// Miniflare with the options wrangler derives from each wrangler.toml), not behind the proxy
// workerd of `wrangler dev`, which holds about three descriptors per socket (12,400 at 4,000)
// and so cannot carry 10,000 under a 20,000-descriptor limit. workerd itself holds two per
// socket (18,064 at 9,000), so under that limit one process tops out near 9,900 sockets; this
// process holds one. The edge runs a second time for this, beside the stack's, with the
// stack's variables and secrets, its farm and a state folder of its own:
//   BENCH_SOCKETS=9000 scripts/e2e.sh bench/room-fanout.bench.js
// The room's figures include its 75 ms batching window by design.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { createContest, pushRoom, row, RoomSocket } from '../api/support/room.js';
import { startDirect } from './direct-worker.mjs';

const sockets = Number(process.env.BENCH_SOCKETS ?? 1000);
const rounds = Number(process.env.BENCH_ROUNDS ?? 20);
const basePort = Number(process.env.TEST_PORT_BASE ?? 18000) + 795;
const edgePort = basePort + 1;
const here = fileURLToPath(new URL('.', import.meta.url));
const local = fileURLToPath(new URL('../../.local', import.meta.url));

/** @param {number[]} xs @param {number} p */
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

/** ~1 KB of rows (one verdict moving two players of an 8-problem contest). */
function deltaRows(/** @type {number} */ seq) {
  return [1, 2].map((i) => ({ ...row(i, `player-${seq}-${i}`, 100 - i), cells: Array.from({ length: 8 }, () => ({ solved_at: 60, rejected: 0, best_score: 1, pending: 0 })) }));
}

/** Opens `n` sockets with `open`, a few hundred at a time. */
async function openMany(/** @type {number} */ n, /** @type {() => any} */ open) {
  const all = [];
  for (let i = 0; i < n; i += 200) {
    const batch = Array.from({ length: Math.min(200, n - i) }, open);
    await Promise.all(batch.map((s) => s.opened));
    all.push(...batch);
  }
  return all;
}

/** A bare socket that timestamps each message. */
class BareSocket {
  constructor(/** @type {string} */ url) {
    /** @type {number[]} */
    this.times = [];
    this.ws = new WebSocket(url);
    this.opened = new Promise((resolve, reject) => { this.ws.onopen = resolve; this.ws.onerror = reject; });
    this.ws.onmessage = () => this.times.push(performance.now());
  }
}

/** Closes every socket and waits until they are closed (their descriptors given back). */
async function closeAll(/** @type {{ ws: WebSocket }[]} */ all, /** @type {(s: any) => boolean} */ isClosed) {
  all.forEach((s) => s.ws.close());
  for (let i = 0; i < 600 && !all.every(isClosed); i++) await sleep(100);
}

/** Runs `rounds` rounds: `send(round)` then waits until every socket has `got(socket, round)`. */
async function measure(/** @type {any[]} */ all, /** @type {(r: number) => Promise<unknown>} */ send, /** @type {(s: any, r: number) => number | undefined} */ got) {
  const every = [];
  const last = [];
  for (let r = 1; r <= rounds; r++) {
    const t0 = performance.now();
    await send(r);
    for (let i = 0; i < 400; i++) {
      if (all.every((s) => got(s, r) !== undefined)) break;
      await sleep(25);
    }
    const times = all.map((s) => got(s, r)).filter((t) => t !== undefined).map((t) => /** @type {number} */ (t) - t0);
    assert.equal(times.length, all.length, `round ${r}: every socket got the message`);
    every.push(...times);
    last.push(Math.max(...times));
    await sleep(150);
  }
  return { p50: pct(every, 50), p99: pct(every, 99), lastP50: pct(last, 50), lastP99: pct(last, 99) };
}

test(`room fan-out of a 1 KB delta to ${sockets} sockets vs a bare workerd fan-out`, { timeout: 1_800_000 }, async (t) => {
  // The edge once more, in workerd directly, with the stack's farm and variables (as
  // scripts/lib/stack.sh passes them to wrangler dev); then the baseline Worker.
  const farmUrl = `http://${process.env.FARM_BIND ?? '127.0.0.1:8080'}`;
  const edge = await startDirect(`${here}/../../wrangler.toml`, {
    port: edgePort,
    vars: { FARM_URL: farmUrl, CLIENT_IP_HEADER: process.env.CLIENT_IP_HEADER ?? 'cf-connecting-ip' },
    persistTo: `${local}/bench-direct-edge`,
  });
  t.after(() => edge.stop());
  const baseline = await startDirect(`${here}/baseline-worker/wrangler.toml`, { port: basePort, persistTo: `${local}/bench-baseline` });
  t.after(() => baseline.stop());
  const baseUrl = baseline.url;

  const slug = createContest('bench');
  const room = await openMany(sockets, () => new RoomSocket(slug, { base: edge.url }));
  await Promise.all(room.map((s) => s.waitFor((/** @type {any} */ e) => e.event === 'contest:snapshot', 60_000)));
  const roomStats = await measure(room,
    (r) => pushRoom(slug, { type: 'delta', seq: r, rows: deltaRows(r), submission: null }, edge.url),
    (s, r) => s.events.find((/** @type {any} */ e) => e.event === 'contest:rank_update' && e.seq === r)?.receivedAt);
  await closeAll(room, (s) => s.closed);

  const payload = JSON.stringify({ event: 'contest:rank_update', seq: 0, prev_seq: 0, rows: deltaRows(0) });
  const bare = await openMany(sockets, () => new BareSocket(`${baseUrl.replace('http', 'ws')}/ws`));
  const bareStats = await measure(bare, () => fetch(`${baseUrl}/broadcast`, { method: 'POST', body: payload }), (s, r) => s.times[r - 1]);
  await closeAll(bare, () => true);

  const f = (/** @type {number} */ x) => `${x.toFixed(1)} ms`;
  const lines = [
    `room fan-out, ${sockets} sockets, ${rounds} pushes of ${payload.length} bytes`,
    `  room     every delivery p50 ${f(roomStats.p50)} p99 ${f(roomStats.p99)}; last socket p50 ${f(roomStats.lastP50)} p99 ${f(roomStats.lastP99)}`,
    `  baseline every delivery p50 ${f(bareStats.p50)} p99 ${f(bareStats.p99)}; last socket p50 ${f(bareStats.lastP50)} p99 ${f(bareStats.lastP99)}`,
    `  ratio room/baseline: p50 ${(roomStats.p50 / bareStats.p50).toFixed(2)}x, p99 ${(roomStats.p99 / bareStats.p99).toFixed(2)}x, last-socket p99 ${(roomStats.lastP99 / bareStats.lastP99).toFixed(2)}x`,
  ];
  for (const line of lines) { console.log(line); t.diagnostic(line); }
});
