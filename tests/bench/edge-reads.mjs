// The edge suite of scripts/bench.sh (not a test: it only measures). Drives the running edge
// and a bare Rust Worker (tests/bench/bare-worker, same runtime, same build) with wrk, at each
// connection count, interleaving the two so a loaded machine weighs on both alike:
//   detail  GET /api/problems/:slug, anonymous, answered from KV
//   list    GET /api/problems (the first page), anonymous, answered from KV
//   auth    GET /api/problems/:slug with a bearer token of a free member: RS256 verification and
//           the per-user API limit (a Durable Object) before the same KV read; the tokens rotate
//           over BENCH_USERS members, as many people's requests would
// and the bare Worker's constant answer. Besides throughput and latency it counts the CPU the
// runtime's processes (wrangler and workerd, found by session id) spent per request, which a
// loaded machine disturbs far less than throughput.
//
// Environment: EDGE_URL, BARE_URL, EDGE_SID, BARE_SID (session ids of the two `wrangler dev`s),
// JWT_PRIVATE_KEY_FILE, BENCH_OUT (the JSON written), and the knobs BENCH_CONNECTIONS [1,16,64],
// BENCH_DURATION [5] seconds per run, BENCH_ROUNDS [3], BENCH_USERS [256], BENCH_TARGETS
// [detail,list,auth].

import { execFileSync } from 'node:child_process';
import { createPrivateKey, createSign, randomUUID } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

const env = process.env;
const EDGE = need('EDGE_URL').replace(/\/$/, '');
const BARE = need('BARE_URL').replace(/\/$/, '');
const CONNECTIONS = (env.BENCH_CONNECTIONS ?? '1,16,64').split(',').map(Number);
const DURATION = Number(env.BENCH_DURATION ?? 5);
const ROUNDS = Number(env.BENCH_ROUNDS ?? 3);
const USERS = Number(env.BENCH_USERS ?? 256);
const TARGETS = (env.BENCH_TARGETS ?? 'detail,list,auth').split(',');
const CLK_TCK = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** @param {string} name */
function need(name) {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set`);
  return value;
}

/** An RS256 access token of a free member, as the edge mints them (edge/src/auth/jwt.rs). */
function accessToken() {
  const now = Math.floor(Date.now() / 1000);
  const b64 = (/** @type {object} */ v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const header = b64({ alg: 'RS256', typ: 'JWT', kid: env.JWT_KEY_ID ?? 'k1' });
  const claims = b64({
    iss: env.JWT_ISSUER ?? 'https://algoarena.local', aud: env.JWT_AUDIENCE ?? 'algoarena-api',
    sub: randomUUID(), iat: now, nbf: now, exp: now + 900, typ: 'access', role: 'free',
  });
  const key = createPrivateKey(readFileSync(need('JWT_PRIVATE_KEY_FILE')));
  const signature = createSign('RSA-SHA256').update(`${header}.${claims}`).sign(key).toString('base64url');
  return `${header}.${claims}.${signature}`;
}

/** CPU seconds (user + system) of every process in session `sid`. */
function sessionCpu(/** @type {string} */ sid) {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat;
    try { stat = readFileSync(`/proc/${pid}/stat`, 'utf8'); } catch { continue; }
    // The command may hold spaces and parentheses: fields start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (fields[3] === sid) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / CLK_TCK;
}

const dir = mkdtempSync(join(tmpdir(), 'edge-bench-'));
const DONE = `done = function(s, latency, requests)
  local e = s.errors
  io.write(string.format('BENCH_JSON {"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,"bad_status":%d,"socket_errors":%d}\\n',
    s.requests, s.duration, latency:percentile(50), latency:percentile(99), latency.max, e.status,
    e.connect + e.read + e.write + e.timeout))
end
`;
const plainScript = join(dir, 'plain.lua');
writeFileSync(plainScript, DONE);

/** A wrk script whose requests rotate over `tokens`. */
function tokenScript(/** @type {string[]} */ tokens) {
  const path = join(dir, 'tokens.lua');
  writeFileSync(path, `local tokens = { ${tokens.map((t) => `"${t}"`).join(', ')} }
local i = 0
request = function()
  i = i % #tokens + 1
  return wrk.format(nil, nil, { ["authorization"] = "Bearer " .. tokens[i] })
end
${DONE}`);
  return path;
}

/**
 * One wrk run; its figures and the CPU the runtime spent.
 * @param {string} url @param {number} connections @param {string} script @param {string} sid
 */
function wrk(url, connections, script, sid) {
  const cpuBefore = sessionCpu(sid);
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${DURATION}s`, '--timeout', '10s', '-s', script, url],
    { encoding: 'utf8' });
  const cpu = sessionCpu(sid) - cpuBefore;
  const line = out.split('\n').find((l) => l.startsWith('BENCH_JSON '));
  if (!line) throw new Error(`wrk printed no summary:\n${out}`);
  const r = JSON.parse(line.slice('BENCH_JSON '.length));
  if (r.bad_status || r.socket_errors) throw new Error(`${url}: ${r.bad_status} bad answers, ${r.socket_errors} socket errors`);
  return {
    rps: r.requests / (r.duration_us / 1e6), p50_ms: r.p50_us / 1000, p99_ms: r.p99_us / 1000,
    max_ms: r.max_us / 1000, requests: r.requests, cpu_us_per_request: (cpu * 1e6) / r.requests,
  };
}

/** Asks until the edge answers `path` from KV (the first read fills the cache). */
async function warm(/** @type {string} */ path, /** @type {Record<string, string>} */ headers = {}) {
  for (let i = 0; i < 5; i++) {
    const res = await fetch(EDGE + path, { headers });
    const body = await res.text();
    if (res.status !== 200) throw new Error(`${path}: ${res.status} ${body}`);
    if (res.headers.get('x-aa-cache') === 'hit') return body.length;
  }
  throw new Error(`${path} is not answered from the cache`);
}

const median = (/** @type {number[]} */ xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const list = await (await fetch(`${EDGE}/api/problems`)).json();
const slug = list.items?.[0]?.slug;
if (!slug) throw new Error('the edge lists no problems: import some first');
const tokens = Array.from({ length: USERS }, accessToken);
const targets = {
  detail: { url: `${EDGE}/api/problems/${slug}`, script: plainScript, bytes: await warm(`/api/problems/${slug}`) },
  list: { url: `${EDGE}/api/problems`, script: plainScript, bytes: await warm('/api/problems') },
  auth: {
    url: `${EDGE}/api/problems/${slug}`, script: tokenScript(tokens),
    bytes: await warm(`/api/problems/${slug}`, { authorization: `Bearer ${tokens[0]}` }),
  },
};
const bareBytes = (await (await fetch(BARE)).text()).length;

const load = { before: loadavg() };
/** @type {any[]} */
const runs = [];
for (const connections of CONNECTIONS) {
  for (let round = 1; round <= ROUNDS; round++) {
    for (const name of TARGETS) {
      // The baseline right before each target, so both see the same moment's load.
      const bare = wrk(BARE, connections, targets[/** @type {'detail'} */ (name)].script, need('BARE_SID'));
      const t = targets[/** @type {'detail'} */ (name)];
      const edge = wrk(t.url, connections, t.script, need('EDGE_SID'));
      runs.push({ target: name, connections, round, edge, bare, ratio: edge.rps / bare.rps });
      console.error(`edge ${name} c=${connections} round ${round}: ${edge.rps.toFixed(0)}/s vs bare ` +
        `${bare.rps.toFixed(0)}/s (${(edge.rps / bare.rps * 100).toFixed(0)}%), p99 ${edge.p99_ms.toFixed(2)} ms, ` +
        `CPU ${edge.cpu_us_per_request.toFixed(0)} vs ${bare.cpu_us_per_request.toFixed(0)} µs/request`);
    }
  }
}
load.after = loadavg();

const summary = [];
for (const target of TARGETS) {
  for (const connections of CONNECTIONS) {
    const mine = runs.filter((r) => r.target === target && r.connections === connections);
    const m = (/** @type {(r: any) => number} */ f) => median(mine.map(f));
    summary.push({
      target, connections, rounds: mine.length,
      ratio: m((r) => r.ratio), edge_rps: m((r) => r.edge.rps), bare_rps: m((r) => r.bare.rps),
      edge_p50_ms: m((r) => r.edge.p50_ms), edge_p99_ms: m((r) => r.edge.p99_ms),
      bare_p50_ms: m((r) => r.bare.p50_ms), bare_p99_ms: m((r) => r.bare.p99_ms),
      edge_cpu_us: m((r) => r.edge.cpu_us_per_request), bare_cpu_us: m((r) => r.bare.cpu_us_per_request),
    });
  }
}

const fmt = (/** @type {number} */ n, d = 0) => n.toFixed(d).padStart(8);
console.log(`\nedge suite: ${DURATION} s per run, ${ROUNDS} rounds (median), load average ${load.before.map((l) => l.toFixed(1)).join(' ')} -> ${load.after.map((l) => l.toFixed(1)).join(' ')}`);
console.log(`bodies: detail ${targets.detail.bytes} B, list ${targets.list.bytes} B, bare ${bareBytes} B`);
console.log('target  conns   edge/s   bare/s   ratio  p50 ms  p99 ms bare p99  CPU µs/req  bare CPU');
for (const s of summary) {
  console.log(`${s.target.padEnd(7)}${String(s.connections).padStart(6)} ${fmt(s.edge_rps)} ${fmt(s.bare_rps)} ${fmt(s.ratio * 100)}% ${fmt(s.edge_p50_ms, 2)} ${fmt(s.edge_p99_ms, 2)} ${fmt(s.bare_p99_ms, 2)} ${fmt(s.edge_cpu_us)}    ${fmt(s.bare_cpu_us)}`);
}
writeFileSync(need('BENCH_OUT'), JSON.stringify({
  suite: 'edge', duration_secs: DURATION, rounds: ROUNDS, users: USERS, slug, load_average: load,
  body_bytes: { detail: targets.detail.bytes, list: targets.list.bytes, bare: bareBytes },
  targets: { detail: 'at least 60% of bare, p99 under 10 ms', list: 'at least 60% of bare, p99 under 10 ms' },
  summary, runs,
}, null, 2));
