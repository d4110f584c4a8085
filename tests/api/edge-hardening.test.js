// Attacks on the edge itself, end to end through workerd (issue 17, edge half): rotating the
// client-address header, login CSRF from another site, missing security headers, control
// characters in input, a correctly signed token that lives too long, and a body that never
// ends. Each test is the attack; each failed before the edge was hardened.

import assert from 'node:assert/strict';
import { createPrivateKey, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { BASE_URL, Client, randomIp, randomUser, signUp } from './client.js';

const ISSUER = process.env.JWT_ISSUER ?? 'https://algoarena.local';
const AUDIENCE = process.env.JWT_AUDIENCE ?? 'algoarena-api';
const PRIVATE_KEY = process.env.JWT_PRIVATE_KEY_FILE ?? fileURLToPath(new URL('../../.local/secrets/jwt-private.pem', import.meta.url));
const EVIL = 'https://evil.example';

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
}

/** What a browser adds to a form post or fetch from another site. */
const crossSite = { origin: EVIL, 'sec-fetch-site': 'cross-site' };

test('rotating the client-address header buys no extra password guesses against one account', async () => {
  const victim = `victim-${randomIp()}@example.com`;
  const guess = () => new Client({ ip: randomIp() }).post('/api/auth/login', { json: { email: victim, password: 'guess' } });
  // Twenty-one guesses, each from a "new" address, inside one window.
  const answers = await Promise.all(Array.from({ length: 21 }, guess));
  const refused = answers.filter((r) => r.status === 429);
  assert.ok(refused.length >= 1, `every guess reached the farm: ${answers.map((r) => r.status)}`);
  assert.ok(answers.filter((r) => r.status === 401).length <= 20, 'at most the per-account budget is guessed');
  assert.equal(refused[0].data.error.code, 'rate_limited');
  assert.ok(Number(refused[0].headers.get('retry-after')) >= 1);
  // The limit is the account's, not the addresses': another account from a fresh address is fine.
  const other = await new Client().post('/api/auth/login', { json: { email: `other-${randomIp()}@example.com`, password: 'guess' } });
  assert.equal(other.status, 401, JSON.stringify(other.data));
});

test('a client-address header that is not an IP address is refused, not pooled into one bucket', async () => {
  // (An empty value would be replaced by wrangler dev with the socket's address, as
  // Cloudflare replaces any value with the real one.)
  for (const ip of ['unknown', '10.0.0.1, 10.0.0.2', '203.0.113.300']) {
    const res = await new Client({ ip }).post('/api/auth/login', { json: { email: 'a@example.com', password: 'guess' } });
    assertError(res, 400, 'bad_request');
  }
});

test('one mailbox gets at most ten sign-ups an hour, however many addresses ask', { timeout: 60_000 }, async () => {
  const email = `target-${randomIp()}@example.com`;
  const answers = await Promise.all(Array.from({ length: 11 }, () => new Client().post('/api/auth/register', { json: { ...randomUser(), email } })));
  const statuses = answers.map((r) => r.status).sort();
  assert.deepEqual(statuses, [...Array(10).fill(202), 429], JSON.stringify(statuses));
});

test('login CSRF: a cross-site form post cannot sign the browser into the attacker\'s account', { timeout: 60_000 }, async () => {
  const { user } = await signUp(new Client());
  const body = JSON.stringify({ email: user.email, password: user.password });
  // The classic form: <form method=post enctype=text/plain> on the attacker's site.
  const form = await new Client().post('/api/auth/login', { body, headers: { ...crossSite, 'content-type': 'text/plain;charset=UTF-8' } });
  assertError(form, 403, 'cross_site_request');
  assert.equal(form.setCookies.length, 0);
  // A browser that sends neither header still cannot post JSON across sites without a
  // preflight; a simple content type is refused on its own.
  const plain = await new Client().post('/api/auth/login', { body, headers: { 'content-type': 'text/plain' } });
  assertError(plain, 415, 'unsupported_media_type');
  assert.equal(plain.setCookies.length, 0);
  const urlencoded = await new Client().post('/api/auth/login', { body: `email=${encodeURIComponent(user.email)}`, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
  assertError(urlencoded, 415, 'unsupported_media_type');
  // Even as JSON, a cross-site fetch is refused (the preflight would fail anyway; this holds
  // without relying on it).
  assertError(await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password }, headers: crossSite }), 403, 'cross_site_request');
  // Our own page (same origin) signs in as usual.
  const own = await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password }, headers: { origin: BASE_URL, 'sec-fetch-site': 'same-origin' } });
  assert.equal(own.status, 200, JSON.stringify(own.data));
});

test('the refresh cookie cannot be used, rotated or ended from another site', { timeout: 60_000 }, async () => {
  const { user } = await signUp(new Client());
  const browser = new Client();
  const login = await browser.post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(login.status, 200, JSON.stringify(login.data));
  const cookie = browser.cookies.get('aa_refresh');
  assert.ok(cookie);
  assertError(await browser.post('/api/auth/refresh', { headers: crossSite }), 403, 'cross_site_request');
  assertError(await browser.post('/api/auth/logout', { headers: { origin: 'null' } }), 403, 'cross_site_request');
  assertError(await browser.post('/api/auth/logout', { headers: { 'sec-fetch-site': 'same-site' } }), 403, 'cross_site_request');
  assert.equal(browser.cookies.get('aa_refresh'), cookie, 'nothing rotated or cleared the cookie');
  // The session is untouched: the same cookie still refreshes from our own origin.
  const refreshed = await browser.post('/api/auth/refresh', { headers: { origin: BASE_URL } });
  assert.equal(refreshed.status, 200, JSON.stringify(refreshed.data));
});

test('API answers carry the security headers, errors included', async () => {
  /** @type {[string, number][]} */
  const answers = [['/api/languages', 200], ['/api/nowhere', 404], ['/.well-known/jwks.json', 200]];
  for (const [path, status] of answers) {
    const res = await new Client().get(path, { headers: { origin: EVIL } });
    assert.equal(res.status, status, path);
    const h = res.headers;
    assert.match(h.get('content-security-policy') ?? '', /^default-src 'none';.*frame-ancestors 'none'/, path);
    assert.match(h.get('strict-transport-security') ?? '', /^max-age=\d{8,}; includeSubDomains$/, path);
    assert.equal(h.get('x-content-type-options'), 'nosniff', path);
    assert.equal(h.get('referrer-policy'), 'same-origin', path);
    assert.match(h.get('permissions-policy') ?? '', /camera=\(\).*microphone=\(\)/, path);
    assert.equal(h.get('x-frame-options'), 'DENY', path);
    // No CORS: no other origin's script may read an answer.
    assert.equal(h.get('access-control-allow-origin'), null, path);
  }
});

test('the web app and its static files carry the app\'s strict policy', async () => {
  const page = await fetch(`${BASE_URL}/problems/a-plus-b`);
  assert.equal(page.status, 200);
  const html = await page.text();
  const csp = page.headers.get('content-security-policy') ?? '';
  assert.match(csp, /script-src 'self';/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /worker-src 'self'/);
  assert.doesNotMatch(csp, /unsafe-eval/);
  assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
  assert.match(page.headers.get('strict-transport-security') ?? '', /max-age=/);
  assert.equal(page.headers.get('referrer-policy'), 'same-origin');
  assert.ok(page.headers.get('permissions-policy'));
  // No inline script in the page the policy would have to allow.
  assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/);
  const script = /<script[^>]*src="([^"]+)"/.exec(html)?.[1];
  assert.ok(script, html);
  const asset = await fetch(`${BASE_URL}${script}`);
  assert.equal(asset.status, 200);
  assert.equal(asset.headers.get('x-content-type-options'), 'nosniff');
  assert.match(asset.headers.get('content-security-policy') ?? '', /frame-ancestors 'none'/);
});

test('control characters are refused with 422 in every text field, never a 500', { timeout: 60_000 }, async () => {
  const nul = await new Client().post('/api/auth/login', { json: { email: 'a\u0000@example.com', password: 'whatever' } });
  assertError(nul, 422, 'invalid_input');
  assert.match(nul.data.error.message, /^email must not contain control characters/);
  const reg = await new Client().post('/api/auth/register', { json: { ...randomUser(), password: 'long enough\u0007password' } });
  assertError(reg, 422, 'invalid_input');
  assert.match(reg.data.error.message, /^password/);
  assertError(await new Client().post('/api/auth/forgot-password', { json: { email: 'a@example.com\n' } }), 422, 'invalid_input');

  const coder = new Client();
  await signUp(coder);
  const run = (/** @type {object} */ extra) => coder.post('/api/submissions/run', { json: { problem_slug: 'a-plus-b', language: 'python3', code: 'a, b = map(int, input().split())\nprint(a + b)\n', ...extra } });
  const badCode = await run({ code: 'print(1)\u0000' });
  assertError(badCode, 422, 'invalid_input');
  assert.match(badCode.data.error.message, /^code must not contain control characters/);
  const badInput = await run({ inputs: ['1 2\n', '3\u001b4\n'] });
  assertError(badInput, 422, 'invalid_input');
  assert.match(badInput.data.error.message, /^inputs\[2\]/);
  // Code and stdin keep their tabs and line breaks.
  const ok = await run({ code: 'a, b = map(int, input().split())\r\nif True:\r\n\tprint(a + b)\r\n', inputs: ['1\t2\r\n'] });
  assert.equal(ok.status, 202, JSON.stringify(ok.data));
});

test('a correctly signed access token that lives longer than configured is refused', async () => {
  const client = new Client();
  const { session } = await signUp(client);
  const now = Math.floor(Date.now() / 1000);
  const b64url = (/** @type {object} */ v) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const claims = { iss: ISSUER, aud: AUDIENCE, sub: session.data.user.id, iat: now, nbf: now, exp: now + 24 * 3600, typ: 'access', role: 'free' };
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(createPrivateKey(readFileSync(PRIVATE_KEY))).toString('base64url');
  const res = await client.get('/api/users/me', { token: `${input}.${signature}` });
  assertError(res, 401, 'unauthorized');
  assert.match(res.data.error.message, /lifetime/);
  // The same token with the configured 15 minutes is good: only the lifetime was wrong.
  const fair = `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url({ ...claims, exp: now + 900 })}`;
  const fairSig = createSign('RSA-SHA256').update(fair).sign(createPrivateKey(readFileSync(PRIVATE_KEY))).toString('base64url');
  assert.equal((await client.get('/api/users/me', { token: `${fair}.${fairSig}` })).status, 200);
});

test('a request body is capped while it streams: an endless upload gets 413 at once', { timeout: 30_000 }, async () => {
  const url = new URL('/api/auth/login', BASE_URL);
  const answer = await new Promise((resolve, reject) => {
    const req = httpRequest(url, {
      method: 'POST',
      // Chunked, no Content-Length: the size is known only by reading.
      headers: { 'content-type': 'application/json', 'cf-connecting-ip': randomIp(), 'transfer-encoding': 'chunked' },
    });
    const timer = setTimeout(() => { req.destroy(); reject(new Error('no answer within 10 s: the edge waits for the whole body')); }, 10_000);
    req.on('response', (res) => {
      clearTimeout(timer);
      let text = '';
      res.on('data', (c) => { text += c; });
      res.on('end', () => { req.destroy(); resolve({ status: res.statusCode, text }); });
    });
    req.on('error', reject);
    // 300 KiB now, then the body stays open: it never ends.
    req.write(`{"email":"${'a'.repeat(300 * 1024)}`);
  });
  const { status, text } = /** @type {{ status: number, text: string }} */ (answer);
  assert.equal(status, 413, text);
  assert.equal(JSON.parse(text).error.code, 'payload_too_large');
});
