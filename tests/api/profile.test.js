// End to end through workerd: a user edits their profile (bad time zone, bad link and a taken
// username refused), solves A + B and sees it in their stats, streak, heatmap and public
// profile; an avatar goes through the farm's re-encoding into R2 and comes back from
// /avatars/<hash>.png with long cache headers, while a renamed executable and a 20 MB upload
// are refused.

import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { test } from 'node:test';
import { crc32, deflateSync } from 'node:zlib';
import { BASE_URL, Client, randomUser, signUp, waitForVerdict } from './client.js';

const CORRECT = 'a, b = map(int, input().split())\nprint(a + b)\n';

/**
 * @param {{ status: number, data: any }} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
  assert.ok(res.data.error.message.length > 0);
}

/**
 * A real PNG of `w`×`h` RGB pixels, with a tEXt chunk that must not survive re-encoding.
 * @param {number} w
 * @param {number} h
 */
function png(w, h) {
  /** @param {string} type @param {Buffer} data */
  const chunk = (type, data) => {
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body) >>> 0);
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0);
  ihdr.writeUInt32BE(h, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  const rows = [];
  for (let y = 0; y < h; y++) {
    const row = Buffer.alloc(1 + 3 * w);
    for (let x = 0; x < w; x++) row.set([x % 256, y % 256, 120], 1 + 3 * x);
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('tEXt', Buffer.from('Comment\0secret-location-48N-2E')),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

test('a profile edit is checked field by field and read back', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const other = new Client();
  const { user: taken } = await signUp(other);

  const edit = { display_name: 'Grace H', bio: 'Ships.\nCOBOL.', location: 'Arlington', time_zone: 'America/New_York', links: ['https://grace.example/'] };
  const put = await client.request('PUT', '/api/users/me', { json: edit });
  assert.equal(put.status, 200, JSON.stringify(put.data));
  assert.equal(put.headers.get('cache-control'), 'no-store');
  const me = await client.get('/api/users/me');
  assert.equal(me.data.time_zone, 'America/New_York');
  assert.equal(me.data.bio, 'Ships.\nCOBOL.');
  assert.deepEqual(me.data.links, ['https://grace.example/']);

  assertError(await client.request('PUT', '/api/users/me', { json: { ...edit, time_zone: 'Mars/Olympus_Mons' } }), 422, 'invalid_input');
  assertError(await client.request('PUT', '/api/users/me', { json: { ...edit, links: ['javascript:alert(1)'] } }), 422, 'invalid_input');
  assertError(await client.request('PUT', '/api/users/me', { json: { ...edit, username: taken.username.toUpperCase() } }), 409, 'username_taken');
  assertError(await client.request('PUT', '/api/users/me', { json: { links: 'https://one.example/' } }), 422, 'invalid_input');
  assertError(await client.request('PUT', '/api/users/me', { json: edit, token: null }), 401, 'unauthorized');
  const after = await client.get('/api/users/me');
  assert.deepEqual(after.data, me.data, 'no refused edit changed anything');
});

test('a solve shows in stats, streak, heatmap and the public profile', { timeout: 180_000 }, async () => {
  const client = new Client();
  const { user } = await signUp(client);
  const sub = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT } });
  assert.equal(sub.status, 202, JSON.stringify(sub.data));
  const done = await waitForVerdict(client, sub.data.id);
  assert.equal(done.status, 'accepted', JSON.stringify(done));

  const stats = await client.get('/api/users/me/stats');
  assert.equal(stats.status, 200, JSON.stringify(stats.data));
  assert.equal(stats.data.total_solved, 1);
  assert.equal(stats.data.acceptance_rate, 1);
  assert.deepEqual(stats.data.languages.map((/** @type {any} */ l) => [l.language, l.solved]), [['python3', 1]]);

  const streak = await client.get('/api/users/me/streak');
  assert.equal(streak.data.current, 1, JSON.stringify(streak.data));
  assert.equal(streak.data.solved_today, true);

  const heatmap = await client.get('/api/users/me/heatmap');
  assert.deepEqual(heatmap.data.days, [{ date: streak.data.today, accepted: 1 }]);

  const recs = await client.get('/api/users/me/recommendations');
  assert.equal(recs.status, 200);
  assert.ok(recs.data.items.every((/** @type {any} */ r) => r.slug !== 'a-plus-b' && r.reason.length > 0), JSON.stringify(recs.data));

  const anonymous = new Client();
  const pub = await anonymous.get(`/api/users/${user.username}`);
  assert.equal(pub.status, 200, JSON.stringify(pub.data));
  assert.equal(pub.data.recent_solves[0].slug, 'a-plus-b');
  assert.ok(!('email' in pub.data) && !('time_zone' in pub.data), 'nothing private');
  assertError(await anonymous.get('/api/users/no_such_user_here'), 404, 'user_not_found');
  assertError(await anonymous.get('/api/users/x'), 404, 'not_found');
  for (const path of ['/api/users/me/stats', '/api/users/me/streak', '/api/users/me/heatmap']) {
    assertError(await anonymous.get(path), 401, 'unauthorized');
  }
});

test('a public profile is read from KV, and a solve, an edit and a rename purge it', { timeout: 180_000 }, async () => {
  const client = new Client();
  const { user } = await signUp(client);
  const anonymous = new Client();
  const first = await anonymous.get(`/api/users/${user.username}`);
  assert.equal(first.status, 200, JSON.stringify(first.data));
  assert.deepEqual(first.data.recent_solves, []);
  assert.equal(first.headers.get('x-aa-cache'), 'miss');
  const again = await anonymous.get(`/api/users/${user.username.toUpperCase()}`);
  assert.equal(again.headers.get('x-aa-cache'), 'hit', 'every spelling of the name shares one copy');
  assert.equal(again.headers.get('cache-control'), 'no-store', 'browsers keep no copy the purge cannot reach');

  // A solve: the worker purges the copy after the verdict commits (off the judging path, so
  // the first reads may still be the old copy for a moment; the TTL is five minutes).
  const sub = await client.post('/api/submissions/submit', { json: { problem_slug: 'a-plus-b', language: 'python3', code: CORRECT } });
  assert.equal(sub.status, 202, JSON.stringify(sub.data));
  assert.equal((await waitForVerdict(client, sub.data.id)).status, 'accepted');
  const solvedBy = Date.now() + 10_000;
  let read = await anonymous.get(`/api/users/${user.username}`);
  while (read.data.recent_solves.length === 0 && Date.now() < solvedBy) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    read = await anonymous.get(`/api/users/${user.username}`);
  }
  assert.equal(read.data.recent_solves[0]?.slug, 'a-plus-b', JSON.stringify(read.data));

  // An edit: purged before the edit answers, so the next read shows it.
  assert.equal((await anonymous.get(`/api/users/${user.username}`)).headers.get('x-aa-cache'), 'hit');
  const bio = `Practising graphs ${Date.now()}`;
  assert.equal((await client.request('PUT', '/api/users/me', { json: { bio } })).status, 200);
  const edited = await anonymous.get(`/api/users/${user.username}`);
  assert.equal(edited.data.bio, bio);
  assert.equal(edited.headers.get('x-aa-cache'), 'miss');

  // A rename: the old name's copy goes too.
  const renamed = `r${user.username}`.slice(0, 30);
  assert.equal((await client.request('PUT', '/api/users/me', { json: { username: renamed, bio } })).status, 200);
  assertError(await anonymous.get(`/api/users/${user.username}`), 404, 'user_not_found');
  assert.equal((await anonymous.get(`/api/users/${renamed}`)).data.bio, bio);
});

/**
 * Starts a POST of `body` (its whole length declared) but sends only its first megabyte, then
 * waits for the answer: the edge must refuse an oversized upload from its declared length,
 * before reading it. (Sending all of it races the edge closing the connection, which resets
 * the socket before the client reads the 413.)
 * @param {Client} client
 * @param {string} path
 * @param {string} body
 * @returns {Promise<{ status: number, data: any }>}
 */
function postWithoutWaiting(client, path, body) {
  return new Promise((resolve, reject) => {
    const req = httpRequest(new URL(path, BASE_URL), {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(body),
        'cf-connecting-ip': client.ip,
        authorization: `Bearer ${client.accessToken}`,
      },
    });
    let answered = false;
    const timer = setTimeout(() => { req.destroy(); reject(new Error('no answer within 10 s: the edge waits for the body')); }, 10_000);
    req.on('response', (res) => {
      answered = true;
      clearTimeout(timer);
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode ?? 0, data: JSON.parse(text) }); });
    });
    req.on('error', (e) => { if (!answered) { clearTimeout(timer); reject(e); } });
    req.write(body.slice(0, 1024 * 1024));
  });
}

test('an avatar is re-encoded, stored by hash and served immutable; bad uploads are refused', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client);
  const up = await client.post('/api/users/me/avatar', { json: { image: png(300, 200).toString('base64') } });
  assert.equal(up.status, 200, JSON.stringify(up.data));
  assert.match(up.data.avatar_url, /^\/avatars\/[0-9a-f]{64}\.png$/);
  const me = await client.get('/api/users/me');
  assert.equal(me.data.avatar_url, up.data.avatar_url);

  const res = await fetch(BASE_URL + up.data.avatar_url);
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/png');
  assert.match(res.headers.get('cache-control') ?? '', /max-age=31536000.*immutable/);
  const bytes = Buffer.from(await res.arrayBuffer());
  assert.equal(bytes.readUInt32BE(16), 256, 'width');
  assert.equal(bytes.readUInt32BE(20), 256, 'height');
  assert.ok(!bytes.includes('secret-location'), 'no metadata survives');
  const hash = createHash('sha256').update(bytes).digest('hex');
  assert.equal(up.data.avatar_url, `/avatars/${hash}.png`, 'named by its content');
  assert.equal((await fetch(`${BASE_URL}/avatars/${'0'.repeat(64)}.png`)).status, 404);

  const program = await readFile(process.execPath);
  assertError(await client.post('/api/users/me/avatar', { json: { image: program.subarray(0, 1_000_000).toString('base64') } }), 422, 'invalid_image');
  const huge = Buffer.concat([png(10, 10), Buffer.alloc(20 * 1024 * 1024)]);
  assertError(await postWithoutWaiting(client, '/api/users/me/avatar', JSON.stringify({ image: huge.toString('base64') })), 413, 'payload_too_large');
  assertError(await client.post('/api/users/me/avatar', { json: { image: 'not base64!' } }), 422, 'invalid_input');
});

test('a fresh account has empty progress views', { timeout: 60_000 }, async () => {
  const client = new Client();
  await signUp(client, randomUser());
  const heatmap = await client.get('/api/users/me/heatmap');
  assert.deepEqual(heatmap.data.days, []);
  const streak = await client.get('/api/users/me/streak');
  assert.deepEqual([streak.data.current, streak.data.longest], [0, 0]);
});
