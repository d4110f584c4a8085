// The account flows end to end through workerd, and the attacks on them: forged and misused
// tokens, refresh replay and races, TOTP replay, reused and expired links, rate-limit window
// boundaries and account enumeration. Tokens are checked with PyJWT against the JWKS and TOTP
// codes computed with pyotp (tests/api/support/pycheck.py), independently of our own code.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, createHmac, createSign } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MAIL, BASE_URL, Client, codeIn, mailsTo, randomIp, randomUser, signUp, tokenIn, waitForMail } from './client.js';

const PYTHON = process.env.ALGOARENA_PYTHON ?? 'python3';
const PYCHECK = fileURLToPath(new URL('./support/pycheck.py', import.meta.url));
const ISSUER = process.env.JWT_ISSUER ?? 'https://algoarena.local';
const AUDIENCE = process.env.JWT_AUDIENCE ?? 'algoarena-api';
// The stack's signing key (scripts/lib/stack.sh makes it), to forge tokens that are validly
// signed but wrong in one claim.
const PRIVATE_KEY = process.env.JWT_PRIVATE_KEY_FILE ?? fileURLToPath(new URL('../../.local/secrets/jwt-private.pem', import.meta.url));
// The test stack's rate-limit window (RATE_LIMIT_WINDOW_SECS) and magic-link lifetime (MAGIC_LINK_TTL).
const WINDOW_SECS = Number(process.env.RATE_LIMIT_WINDOW_SECS ?? 60);
const MAGIC_LINK_TTL = Number(process.env.MAGIC_LINK_TTL ?? 900);

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const b64url = (/** @type {unknown} */ v) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** @param {...(string | number)} args */
function pycheck(...args) {
  return execFileSync(PYTHON, [PYCHECK, ...args.map(String)], { encoding: 'utf8' }).trim();
}

/**
 * @param {import('./client.js').ApiResponse} res
 * @param {number} status
 * @param {string} code
 */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
}

/** @param {string} token */
function claimsOf(token) {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
}

/** @param {object} header @param {object} claims */
function signRs256(header, claims) {
  const input = `${b64url(header)}.${b64url(claims)}`;
  const signature = createSign('RSA-SHA256').update(input).sign(createPrivateKey(readFileSync(PRIVATE_KEY)));
  return `${input}.${signature.toString('base64url')}`;
}

/** Lets the per-account TOTP rate limit (5 guesses a window) forget earlier guesses. */
async function coolDown() {
  if (WINDOW_SECS <= 10) await sleep(WINDOW_SECS * 1000 + 200);
}

/** Waits for the start of a fresh 30 s TOTP step when the current one is nearly over. */
async function freshTotpStep() {
  const into = (Date.now() / 1000) % 30;
  if (into > 24) await sleep((30 - into + 0.5) * 1000);
}

/** @param {Client} client @param {import('./client.js').ApiResponse} res */
async function expectSignedIn(client, res) {
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.ok(res.data.access_token, JSON.stringify(res.data));
  client.accessToken = res.data.access_token;
  const me = await client.get('/api/users/me');
  assert.equal(me.status, 200, JSON.stringify(me.data));
  return me.data;
}

test('sign-up waits for the mailed code; login before that is refused with a clear error', async () => {
  const client = new Client();
  const user = randomUser();
  const reg = await client.post('/api/auth/register', { json: user });
  assert.equal(reg.status, 202, JSON.stringify(reg.data));
  assert.equal(reg.data.access_token, undefined, 'register signs nobody in');
  assert.equal(reg.setCookies.length, 0);
  // The registration is carried out after its answer; the mail says it is done.
  const code = codeIn(await waitForMail(user.email, MAIL.verification));
  const early = await client.post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assertError(early, 403, 'email_not_verified');
  assertError(await client.post('/api/auth/verify-email', { json: { email: user.email, code: code === '000000' ? '111111' : '000000' } }), 400, 'invalid_code');
  assertError(await client.post('/api/auth/verify-email', { json: { email: user.email, code: 'abc' } }), 422, 'invalid_input');
  const verified = await client.post('/api/auth/verify-email', { json: { email: user.email, code } });
  const me = await expectSignedIn(client, verified);
  assert.equal(me.email, user.email);
  assertError(await client.post('/api/auth/verify-email', { json: { email: user.email, code } }), 400, 'invalid_code');
  const login = await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(login.status, 200, JSON.stringify(login.data));
});

test('access tokens verify with PyJWT against the published JWKS and carry the documented claims', async () => {
  const client = new Client();
  const { session } = await signUp(client);
  for (const path of ['/.well-known/jwks.json', '/api/auth/jwks.json']) {
    const jwks = await client.get(path);
    assert.equal(jwks.status, 200);
    assert.ok(jwks.data.keys.every((/** @type {Record<string, string>} */ k) => k.kty === 'RSA' && k.alg === 'RS256' && k.use === 'sig' && k.kid && !k.d), JSON.stringify(jwks.data));
  }
  const checked = JSON.parse(pycheck('jwt', `${BASE_URL}/.well-known/jwks.json`, session.data.access_token, ISSUER, AUDIENCE));
  assert.equal(checked.header.alg, 'RS256');
  assert.equal(checked.claims.typ, 'access');
  assert.equal(checked.claims.exp - checked.claims.iat, 900);
  assert.equal(checked.claims.sub, session.data.user.id);
  // PyJWT refuses it for another audience: the check is real.
  assert.throws(() => execFileSync(PYTHON, [PYCHECK, 'jwt', `${BASE_URL}/.well-known/jwks.json`, session.data.access_token, ISSUER, 'other-api'], { stdio: 'pipe' }));
  const cookie = session.setCookies.find((c) => c.startsWith('aa_refresh='));
  for (const attr of ['HttpOnly', 'Secure', 'SameSite=Strict', 'Path=/api/auth', 'Max-Age=2592000']) assert.match(cookie, new RegExp(attr, 'i'));
  const refresh = client.cookies.get('aa_refresh');
  assert.ok(Buffer.from(refresh, 'base64url').length >= 16, 'a refresh token carries at least 128 bits');
});

test('forged, tampered, expired, not-yet-valid and wrong-type tokens are all refused', async () => {
  const client = new Client();
  const { session } = await signUp(client);
  const good = session.data.access_token;
  const [h, p] = good.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString());
  const claims = claimsOf(good);
  const jwks = (await client.get('/.well-known/jwks.json')).data;
  const publicPem = createPublicKey({ key: jwks.keys[0], format: 'jwk' }).export({ type: 'spki', format: 'pem' });
  const now = Math.floor(Date.now() / 1000);
  const hs256 = (() => {
    const input = `${b64url({ alg: 'HS256', typ: 'JWT', kid: header.kid })}.${p}`;
    return `${input}.${createHmac('sha256', publicPem).update(input).digest('base64url')}`;
  })();
  const forged = {
    'alg none': `${b64url({ alg: 'none', typ: 'JWT', kid: header.kid })}.${p}.`,
    'alg none without a signature part': `${b64url({ alg: 'none', typ: 'JWT' })}.${p}`,
    'HS256 keyed with the public key': hs256,
    'an unknown kid': signRs256({ ...header, kid: 'k-unknown' }, claims),
    'an injected kid': signRs256({ ...header, kid: "../../../dev/null' OR '1'='1" }, claims),
    'no kid': signRs256({ alg: 'RS256', typ: 'JWT' }, claims),
    'a jku pointing elsewhere': signRs256({ ...header, kid: 'evil', jku: 'https://evil.example/jwks.json' }, claims),
    'a tampered payload': `${h}.${b64url({ ...claims, role: 'admin' })}.${good.split('.')[2]}`,
    'an expired token': signRs256(header, { ...claims, iat: now - 1000, nbf: now - 1000, exp: now - 1 }),
    'a not-yet-valid token': signRs256(header, { ...claims, iat: now + 600, nbf: now + 600, exp: now + 1500 }),
    'another issuer': signRs256(header, { ...claims, iss: 'https://evil.example' }),
    'another audience': signRs256(header, { ...claims, aud: 'other-api' }),
    'a refresh-typed token': signRs256(header, { ...claims, typ: 'refresh' }),
    'a 2FA-pending token': signRs256(header, { ...claims, typ: '2fa_pending' }),
    'the opaque refresh token': client.cookies.get('aa_refresh'),
    'garbage': 'not.a.jwt',
  };
  // Sanity: the same forging path with nothing wrong is accepted, so each refusal is for its reason.
  assert.equal((await client.get('/api/users/me', { token: signRs256(header, claims) })).status, 200);
  for (const [name, token] of Object.entries(forged)) {
    const res = await client.get('/api/users/me', { token });
    assert.equal(res.status, 401, `${name}: ${JSON.stringify(res.data)}`);
    assert.equal(res.data.error.code, 'unauthorized', name);
  }
});

test('a replayed refresh token revokes the whole family, and two concurrent refreshes share one successor', async () => {
  const client = new Client();
  await signUp(client);
  const first = client.cookies.get('aa_refresh');
  const rotated = await client.post('/api/auth/refresh');
  assert.equal(rotated.status, 200);
  const second = client.cookies.get('aa_refresh');
  assert.notEqual(first, second);
  // The successor is used, so the grace for two tabs is over: the old token is a replay.
  assert.equal((await client.post('/api/auth/refresh')).status, 200);
  const thief = new Client();
  thief.cookies.set('aa_refresh', first);
  assertError(await thief.post('/api/auth/refresh'), 401, 'unauthorized');
  assert.equal((await client.post('/api/auth/refresh')).status, 401, 'the replay revoked the legitimate chain too');

  const racer = new Client();
  await signUp(racer);
  const token = racer.cookies.get('aa_refresh');
  const twins = [new Client(), new Client()];
  twins.forEach((c) => c.cookies.set('aa_refresh', token));
  const results = await Promise.all(twins.map((c) => c.post('/api/auth/refresh')));
  assert.deepEqual(results.map((r) => r.status), [200, 200], 'two tabs at once are no reuse');
  assert.equal(twins[0].cookies.get('aa_refresh'), twins[1].cookies.get('aa_refresh'), 'the same successor');
});

test('forgot and reset password: one answer for everyone, single-use link, every session revoked', async () => {
  const client = new Client();
  const { user } = await signUp(client);
  const known = await new Client().post('/api/auth/forgot-password', { json: { email: user.email } });
  const unknown = await new Client().post('/api/auth/forgot-password', { json: { email: `nobody-${randomIp()}@example.com` } });
  assert.equal(known.status, 202);
  assert.deepEqual([known.status, known.data], [unknown.status, unknown.data]);
  const token = tokenIn(await waitForMail(user.email, MAIL.passwordReset));
  const other = new Client();
  assert.equal((await other.post('/api/auth/login', { json: { email: user.email, password: user.password } })).status, 200);
  assertError(await new Client().post('/api/auth/reset-password', { json: { token, password: 'x'.repeat(10_000) } }), 422, 'invalid_input');
  const reset = await new Client().post('/api/auth/reset-password', { json: { token, password: 'a whole new password' } });
  assert.equal(reset.status, 204, JSON.stringify(reset.data));
  assertError(await new Client().post('/api/auth/reset-password', { json: { token, password: 'yet another password' } }), 400, 'invalid_token');
  for (const c of [client, other]) assert.equal((await c.post('/api/auth/refresh')).status, 401, 'sessions end at a reset');
  assertError(await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password } }), 401, 'invalid_credentials');
  assert.equal((await new Client().post('/api/auth/login', { json: { email: user.email, password: 'a whole new password' } })).status, 200);
});

test('magic links: opening only shows, the confirming POST signs in once, a newer link voids older ones, and they expire', { timeout: 60_000 }, async () => {
  const { user } = await signUp(new Client());
  const ask = () => new Client().post('/api/auth/magic-link', { json: { email: user.email } });
  const unknown = await new Client().post('/api/auth/magic-link', { json: { email: `nobody-${randomIp()}@example.com` } });
  const first = await ask();
  assert.equal(first.status, 202);
  assert.deepEqual(first.data, unknown.data);
  const older = tokenIn(await waitForMail(user.email, MAIL.signInLink, 1));
  await ask();
  const mail = await waitForMail(user.email, MAIL.signInLink, 2);
  const token = tokenIn(mail);
  const link = /(http\S+magic-link\?token=\S+)/.exec(mail.text)[1];
  assert.ok(link.startsWith(`${BASE_URL}/magic-link?token=`), link);

  // A mail scanner fetches the link (the web page) and even the API's GET: nothing is used up.
  const page = await fetch(link);
  assert.equal(page.status, 200);
  assert.match(await page.text(), /<div id="root">|<!doctype html>/i);
  const peek = await new Client().get(`/api/auth/magic-link/verify?token=${token}`);
  assert.equal(peek.status, 200, JSON.stringify(peek.data));
  assert.equal(peek.data.email, user.email);
  assert.equal(peek.setCookies.length, 0);

  assertError(await new Client().post('/api/auth/magic-link/verify', { json: { token: older } }), 400, 'invalid_token');
  const browser = new Client();
  await expectSignedIn(browser, await browser.post('/api/auth/magic-link/verify', { json: { token } }));
  assertError(await new Client().post('/api/auth/magic-link/verify', { json: { token } }), 400, 'invalid_token');
  assertError(await new Client().get(`/api/auth/magic-link/verify?token=${token}`), 400, 'invalid_token');

  if (MAGIC_LINK_TTL <= 10) {
    await ask();
    const late = tokenIn(await waitForMail(user.email, MAIL.signInLink, 3));
    await sleep((MAGIC_LINK_TTL + 1) * 1000);
    assertError(await new Client().post('/api/auth/magic-link/verify', { json: { token: late } }), 400, 'invalid_token');
  }
});

test('TOTP: set-up with a QR code, the 2FA-pending step, replayed and stale codes, and no bypass by link or reset', { timeout: 90_000 }, async () => {
  const client = new Client();
  const { user } = await signUp(client);
  await freshTotpStep();
  const setup = await client.post('/api/auth/2fa/setup', { json: { password: user.password } });
  assert.equal(setup.status, 200, JSON.stringify(setup.data));
  const { secret, otpauth_uri: uri, qr_code: qr } = setup.data;
  assert.match(secret, /^[A-Z2-7]{32}$/);
  assert.ok(uri.startsWith('otpauth://totp/') && uri.includes(`secret=${secret}`), uri);
  assert.ok(Buffer.from(qr.replace('data:image/svg+xml;base64,', ''), 'base64').toString().includes('<svg'), 'the QR code is an SVG image');
  assertError(await client.post('/api/auth/2fa/verify', { json: { code: pycheck('totp', secret, -2) } }), 400, 'invalid_code');
  const enabling = pycheck('totp', secret, -1);
  const on = await client.post('/api/auth/2fa/verify', { json: { code: enabling } });
  assert.equal(on.status, 200, JSON.stringify(on.data));
  assert.equal(on.data.recovery_codes.length, 10);
  await coolDown();

  const login = await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(login.status, 200, JSON.stringify(login.data));
  assert.equal(login.data.two_factor_required, true);
  assert.equal(login.data.access_token, undefined);
  assert.equal(login.setCookies.length, 0, 'no session before the second factor');
  const pending = login.data.pending_token;
  assertError(await new Client().get('/api/users/me', { token: pending }), 401, 'unauthorized');
  assertError(await new Client().post('/api/auth/2fa/setup', { token: pending }), 401, 'unauthorized');

  const twoFa = (/** @type {string} */ code, token = pending) => new Client().post('/api/auth/2fa/login', { json: { pending_token: token, code } });
  assertError(await twoFa(enabling), 400, 'invalid_code');
  assertError(await twoFa(pycheck('totp', secret, -2)), 400, 'invalid_code');
  assertError(await twoFa(pycheck('totp', secret, 0), client.accessToken), 401, 'unauthorized');
  assertError(await new Client().post('/api/auth/2fa/setup', { token: pending, json: { password: user.password } }), 401, 'unauthorized');
  await coolDown();
  const code = pycheck('totp', secret, 0);
  const done = new Client();
  await expectSignedIn(done, await done.post('/api/auth/2fa/login', { json: { pending_token: pending, code } }));
  assertError(await twoFa(code), 400, 'invalid_code');

  // A magic link stops at the same step.
  // Counted before asking: the mail goes out in the background.
  const linksBefore = (await mailsTo(user.email, MAIL.signInLink)).length;
  await new Client().post('/api/auth/magic-link', { json: { email: user.email } });
  const token = tokenIn(await waitForMail(user.email, MAIL.signInLink, linksBefore + 1));
  const viaLink = await new Client().post('/api/auth/magic-link/verify', { json: { token } });
  assert.equal(viaLink.data.two_factor_required, true, JSON.stringify(viaLink.data));
  assert.equal(viaLink.setCookies.length, 0);
  // A password reset signs nobody in; the next login asks for the code.
  const before = (await mailsTo(user.email, MAIL.passwordReset)).length;
  await new Client().post('/api/auth/forgot-password', { json: { email: user.email } });
  const resetToken = tokenIn(await waitForMail(user.email, MAIL.passwordReset, before + 1));
  const reset = await new Client().post('/api/auth/reset-password', { json: { token: resetToken, password: 'after the reset' } });
  assert.equal(reset.status, 204);
  assert.equal(reset.setCookies.length, 0);
  const again = await new Client().post('/api/auth/login', { json: { email: user.email, password: 'after the reset' } });
  assert.equal(again.data.two_factor_required, true);

  await coolDown();
  const owner = new Client();
  await expectSignedIn(owner, await owner.post('/api/auth/2fa/login', { json: { pending_token: again.data.pending_token, code: pycheck('totp', secret, 1) } }));
  assertError(await owner.post('/api/auth/2fa/disable', { json: { code: '000000' } }), 403, 'proof_required');
  assertError(await owner.post('/api/auth/2fa/disable', { json: { code: '000000', password: 'after the reset' } }), 400, 'invalid_code');
});

test('settings: disabling 2FA needs the password and a current code, and signing out everywhere ends every session', { timeout: 90_000 }, async () => {
  const client = new Client();
  const { user } = await signUp(client);
  const proof = { password: user.password };
  await freshTotpStep();
  const { secret } = (await client.post('/api/auth/2fa/setup', { json: proof })).data;
  assert.equal((await client.post('/api/auth/2fa/verify', { json: { code: pycheck('totp', secret, -1) } })).status, 200);
  assertError(await client.post('/api/auth/2fa/disable', { json: { code: pycheck('totp', secret, -1), ...proof } }), 400, 'invalid_code');
  assert.equal((await client.post('/api/auth/2fa/disable', { json: { code: pycheck('totp', secret, 0), ...proof } })).status, 204);
  const second = new Client();
  const login = await second.post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.ok(login.data.access_token, 'no second factor once disabled');
  // TOTP guesses are limited per account, whichever client they come from.
  await coolDown();
  if (WINDOW_SECS <= 10) {
    const guesses = [];
    for (let i = 0; i < 6; i++) guesses.push((await client.post('/api/auth/2fa/setup', { json: proof })).status === 200 && (await client.post('/api/auth/2fa/verify', { json: { code: '000000' } })).status);
    assert.deepEqual(guesses, [400, 400, 400, 400, 400, 429]);
  }
  const out = await client.post('/api/auth/logout-all');
  assert.equal(out.status, 204);
  assert.equal(client.cookies.get('aa_refresh'), undefined);
  assert.equal((await second.post('/api/auth/refresh')).status, 401, 'the other device is signed out too');
});

test('rate limits are sliding windows: a burst across a fixed-window boundary is still refused', { timeout: 60_000 }, async (t) => {
  if (WINDOW_SECS > 10) return t.skip('needs a short RATE_LIMIT_WINDOW_SECS on the test stack');
  const w = WINDOW_SECS * 1000;
  /** @type {string} */
  let ip;
  let first, second, started;
  const attempt = () => new Client({ ip }).post('/api/auth/login', { json: { email: 'nobody@example.com', password: 'wrong password' } });
  // Fill the limit just before a multiple of the window (where a fixed window would reset),
  // then try again just after it. On a slow machine the burst may straddle the boundary; then
  // the round proves nothing and is repeated with a fresh address.
  for (let round = 0; round < 5; round++) {
    ip = randomIp();
    await sleep(w - (Date.now() % w) - 1200 + (Date.now() % w > w - 1200 ? w : 0));
    started = Date.now();
    const boundary = started - (started % w) + w;
    first = await Promise.all(Array.from({ length: 10 }, attempt));
    if (Date.now() > boundary - 50) continue;
    await sleep(boundary - Date.now() + 200);
    second = await Promise.all(Array.from({ length: 10 }, attempt));
    if (Date.now() - started < w - 300) break;
    second = undefined;
  }
  assert.ok(second, 'could not time a burst around a window boundary in 5 rounds');
  assert.deepEqual(first.map((r) => r.status), Array(10).fill(401));
  // A fixed window would start counting from zero now and let ten more through.
  assert.deepEqual(second.map((r) => r.status), Array(10).fill(429), 'no more than the limit in any window-long stretch');
  const retry = Number(second[0].headers.get('retry-after'));
  assert.equal(second[0].data.error.code, 'rate_limited');
  assert.ok(retry >= 1 && retry <= WINDOW_SECS, `Retry-After ${retry}`);
  // Another address is not affected, and the same one gets in once the window has slid past.
  assert.equal((await new Client().post('/api/auth/login', { json: { email: 'nobody@example.com', password: 'wrong password' } })).status, 401);
  await sleep(Math.max(0, started + w - Date.now()) + 300);
  assert.equal((await attempt()).status, 401);

  const regIp = randomIp();
  const statuses = [];
  for (let i = 0; i < 6; i++) statuses.push((await new Client({ ip: regIp }).post('/api/auth/register', { json: randomUser() })).status);
  assert.deepEqual(statuses, [202, 202, 202, 202, 202, 429]);
});

test('no account enumeration: register, login, forgot-password, magic-link and resend answer alike, in about the same time', { timeout: 240_000 }, async (t) => {
  // Each round takes a freshly signed-up known address and one unknown address (`stranger`):
  // the edge limits requests per address (register, mails, logins) whether or not it exists,
  // and a whole test's worth of requests on one address would meet that limit. The unknown
  // side repeats its one address as the known side does, so both meet a per-address limiter
  // that is already warm: a fresh address per request would time a limiter's first use against
  // a warm one (about 30 ms on a loaded machine), not a known account against an unknown one.
  // Registering is the exception: a registered address is known from then on.
  /** @typedef {{ email: string, username: string }} Known */
  /** @type {Record<string, [(user: Known, stranger: string) => { path: string, json: object }, (user: Known, stranger: string) => { path: string, json: object }]>} */
  const cases = {
    register: [
      (user) => ({ path: '/api/auth/register', json: { ...randomUser(), email: user.email } }),
      () => ({ path: '/api/auth/register', json: randomUser() }),
    ],
    // With a taken username too: it must not tell a known address from an unknown one.
    'register, taken username': [
      (user) => ({ path: '/api/auth/register', json: { ...randomUser(), email: user.email, username: user.username } }),
      (user) => ({ path: '/api/auth/register', json: { ...randomUser(), username: user.username } }),
    ],
    'magic-link': [
      (user) => ({ path: '/api/auth/magic-link', json: { email: user.email } }),
      (_, stranger) => ({ path: '/api/auth/magic-link', json: { email: stranger } }),
    ],
    'verify-email/resend': [
      (user) => ({ path: '/api/auth/verify-email/resend', json: { email: user.email } }),
      (_, stranger) => ({ path: '/api/auth/verify-email/resend', json: { email: stranger } }),
    ],
    login: [
      (user) => ({ path: '/api/auth/login', json: { email: user.email, password: 'not the password' } }),
      (_, stranger) => ({ path: '/api/auth/login', json: { email: stranger, password: 'not the password' } }),
    ],
    'forgot-password': [
      (user) => ({ path: '/api/auth/forgot-password', json: { email: user.email } }),
      (_, stranger) => ({ path: '/api/auth/forgot-password', json: { email: stranger } }),
    ],
  };
  const median = (/** @type {number[]} */ xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  for (const [name, [known, unknown]] of Object.entries(cases)) {
    // Known and unknown requests alternate and are compared pair by pair, so load that comes
    // and goes (CI on 2 cores) hits both sides of a pair alike. A noisy round is measured again.
    let verdict;
    for (let round = 0; round < 3; round++) {
      const { user } = await signUp(new Client());
      const stranger = randomUser().email;
      const diffs = [];
      const all = [];
      /** @type {Record<string, unknown[]>} */
      const answers = {};
      for (let i = 0; i < 9; i++) {
        /** @type {Record<string, number>} */
        const pair = {};
        /** @type {[string, (user: Known, stranger: string) => { path: string, json: object }][]} */
        const order = i % 2 ? [['known', known], ['unknown', unknown]] : [['unknown', unknown], ['known', known]];
        for (const [kind, make] of order) {
          const { path, json } = make(user, stranger);
          const started = performance.now();
          const res = await new Client().post(path, { json });
          pair[kind] = performance.now() - started;
          answers[kind] = [res.status, res.data, res.setCookies.length];
        }
        diffs.push(pair.known - pair.unknown);
        all.push(pair.known, pair.unknown);
      }
      assert.deepEqual(answers.known, answers.unknown, `${name}: status, body and cookies are the same`);
      const [d, typical] = [median(diffs), median(all)];
      verdict = { ok: Math.abs(d) < 0.25 * typical + 10, text: `${name}: known - unknown = ${d.toFixed(1)} ms (median pair), typical ${typical.toFixed(1)} ms` };
      t.diagnostic(verdict.text);
      if (verdict.ok) break;
    }
    assert.ok(verdict.ok, verdict.text);
  }
});
