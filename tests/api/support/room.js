// Helpers for contest rooms in the end-to-end tests and the room benchmark: farm-signed
// pushes (signed exactly as the farm signs its calls to the edge, shared/src/signing.rs),
// room sockets that record their events, and a contest to watch.

import { createHash, createHmac, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BASE_URL } from '../client.js';
import { importPackage } from './farm.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));

/**
 * Posts `body` to the edge (`base`: another edge than the stack's), signed with the farm's
 * secret (FARM_SHARED_SECRET).
 * @param {string} path @param {unknown} body
 * @param {{ timestamp?: number, secret?: string | null, base?: string }} [options] secret null: unsigned.
 */
export async function signedPost(path, body, { timestamp = Math.floor(Date.now() / 1000), secret = process.env.FARM_SHARED_SECRET ?? '', base = BASE_URL } = {}) {
  const text = JSON.stringify(body);
  /** @type {Record<string, string>} */
  const headers = { 'content-type': 'application/json' };
  if (secret !== null) {
    const nonce = randomBytes(16).toString('hex');
    const bodyHash = createHash('sha256').update(text).digest('hex');
    const canonical = `AA1\nPOST\n${path}\n${timestamp}\n${nonce}\n\n${bodyHash}`;
    headers['x-aa-timestamp'] = String(timestamp);
    headers['x-aa-nonce'] = nonce;
    headers['x-aa-user'] = '';
    headers['x-aa-signature'] = createHmac('sha256', secret).update(canonical).digest('hex');
  }
  const response = await fetch(`${base}${path}`, { method: 'POST', headers, body: text });
  /** @type {any} */
  const data = await response.json().catch(() => /** @type {any} */ (null));
  return { status: response.status, data };
}

/** @param {string} slug @param {unknown} push A RoomPush. @param {string} [base] */
export const pushRoom = (slug, push, base = BASE_URL) => signedPost(`/internal/contests/${slug}/room`, push, { base });

/**
 * A standings row as the farm sends it.
 * @param {number} rank @param {string} username @param {number} points
 * @returns {{ rank: number, username: string, total: { points: number, penalty: number }, cells: object[] }}
 */
export const row = (rank, username, points) => ({ rank, username, total: { points, penalty: 0 }, cells: [] });

/**
 * A socket in a contest's room that keeps every event it got.
 */
export class RoomSocket {
  /** @param {string} slug @param {{ token?: string, base?: string }} [options] */
  constructor(slug, { token, base = BASE_URL } = {}) {
    const url = `${base.replace(/^http/, 'ws')}/api/contests/${slug}/room`;
    const protocols = token ? ['algoarena.room', `bearer.${token}`] : ['algoarena.room'];
    /** @type {any[]} */
    this.events = [];
    /** @type {Set<() => void>} */
    this.waiters = new Set();
    this.closed = false;
    this.ws = new WebSocket(url, protocols);
    this.opened = new Promise((resolve, reject) => {
      this.ws.addEventListener('open', () => resolve(undefined));
      this.ws.addEventListener('error', () => reject(new Error(`socket to ${url} failed`)));
    });
    this.ws.addEventListener('message', (e) => {
      const event = JSON.parse(String(e.data));
      event.receivedAt = performance.now();
      this.events.push(event);
      for (const w of this.waiters) w();
    });
    /** @type {number | null} The close code, once closed. */
    this.closeCode = null;
    this.ws.addEventListener('close', (e) => { this.closed = true; this.closeCode = e.code; for (const w of this.waiters) w(); });
  }

  /**
   * Resolves with the first event (after index `from`) that matches.
   * @param {(e: any) => boolean} match @param {number} [timeoutMs] @param {number} [from]
   */
  waitFor(match, timeoutMs = 10_000, from = 0) {
    return new Promise((resolve, reject) => {
      const check = () => {
        const found = this.events.slice(from).find(match);
        if (found) { this.waiters.delete(check); clearTimeout(timer); resolve(found); }
      };
      const timer = setTimeout(() => {
        this.waiters.delete(check);
        reject(new Error(`no matching event in ${timeoutMs} ms; got ${JSON.stringify(this.events.map((e) => [e.event, e.seq, e.prev_seq]))}`));
      }, timeoutMs);
      this.waiters.add(check);
      check();
    });
  }

  /** @param {unknown} message */
  send(message) { this.ws.send(JSON.stringify(message)); }

  close() { this.ws.close(); }
}

/**
 * Sends a raw upgrade request; resolves with the answer's status and headers (Node's
 * WebSocket hides both).
 * @param {string} slug
 * @returns {Promise<{ status: number, headers: import('node:http').IncomingHttpHeaders }>}
 */
export function upgrade(slug) {
  return new Promise((resolve, reject) => {
    const req = request(`${BASE_URL}/api/contests/${slug}/room`, {
      headers: {
        connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13',
        'sec-websocket-key': randomBytes(16).toString('base64'), 'sec-websocket-protocol': 'algoarena.room',
      },
    });
    req.on('upgrade', (res, socket) => { socket.destroy(); resolve({ status: 101, headers: res.headers }); });
    req.on('response', (res) => { res.resume(); resolve({ status: res.statusCode ?? 0, headers: res.headers }); });
    req.on('error', reject);
    req.end();
  });
}

/** Imports a problem and a contest around it (starting in an hour) and returns its slug. */
export function createContest(prefix = 'room') {
  const tag = `${Date.now()}-${randomBytes(3).toString('hex')}`;
  const problemSlug = `${prefix}-problem-${tag}`;
  const problem = mkdtempSync(join(tmpdir(), 'aa-room-problem-'));
  cpSync(join(root, 'problems/a-plus-b'), problem, { recursive: true });
  const manifest = readFileSync(join(problem, 'problem.toml'), 'utf8').replace('"a-plus-b"', `"${problemSlug}"`);
  writeFileSync(join(problem, 'problem.toml'), manifest);
  importPackage(problem);
  const slug = `${prefix}-${tag}`;
  const start = new Date(Math.ceil((Date.now() + 3_600_000) / 1000) * 1000);
  const dir = join(mkdtempSync(join(tmpdir(), 'aa-room-contest-')), slug);
  mkdirSync(dir);
  writeFileSync(join(dir, 'contest.toml'), [
    `slug = "${slug}"`, 'title = "Room test"', 'kind = "weekly"', 'format = "icpc"', 'rated = false', 'setters = []',
    `starts_at = ${start.toISOString().replace('.000Z', 'Z')}`, 'duration_minutes = 120', '',
    '[[problems]]', `slug = "${problemSlug}"`, '',
  ].join('\n'));
  importPackage(dir);
  return slug;
}

/**
 * Applies room events to a board the way the web app does; returns false on a gap.
 * @param {{ seq: number, rows: Map<string, any> }} board @param {any} event
 */
export function apply(board, event) {
  if (event.event === 'contest:snapshot') {
    board.seq = event.seq;
    board.rows = new Map(event.rows.map((/** @type {any} */ r) => [r.username, r]));
    return true;
  }
  if (event.event === 'contest:rank_update') {
    if (event.prev_seq !== board.seq) return false;
    for (const r of event.rows) board.rows.set(r.username, r);
    board.seq = event.seq;
  }
  return true;
}
