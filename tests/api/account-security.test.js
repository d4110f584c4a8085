// Issue 17's attacks on accounts, end to end through workerd: pre-registration takeover,
// enumeration through register, 2FA changes with a stolen access token, code guessing across
// pending tokens, bad input reaching Postgres, the two-tab refresh race, and what the farm's
// door says. TOTP codes come from pyotp (tests/api/support/pycheck.py), independent of ours.
// docs/security-accounts.md names the control each test proves.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MAIL, Client, codeIn, randomUser, signUp, tokenIn, waitForMail } from './client.js';

const PYTHON = process.env.ALGOARENA_PYTHON ?? 'python3';
const PYCHECK = fileURLToPath(new URL('./support/pycheck.py', import.meta.url));
// The stack's rate-limit window (scripts/e2e.sh makes it short).
const WINDOW_SECS = Number(process.env.RATE_LIMIT_WINDOW_SECS ?? 60);
// The farm, for what only its own door answers (scripts/lib/stack.sh exports FARM_BIND).
const FARM_URL = `http://${process.env.FARM_BIND ?? '127.0.0.1:8080'}`;

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/** @param {string} secret @param {number} offset */
const totp = (secret, offset) => execFileSync(PYTHON, [PYCHECK, 'totp', secret, String(offset)], { encoding: 'utf8' }).trim();

/** @param {import('./client.js').ApiResponse} res @param {number} status @param {string} code */
function assertError(res, status, code) {
  assert.equal(res.status, status, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, code, JSON.stringify(res.data));
}

/** Waits for the start of a fresh 30 s TOTP step when the current one is nearly over. */
async function freshTotpStep() {
  const into = (Date.now() / 1000) % 30;
  if (into > 20) await sleep((30 - into + 0.5) * 1000);
}

/** Lets the edge's per-account TOTP limit (5 a window) forget earlier guesses. */
const coolDown = () => sleep(WINDOW_SECS * 1000 + 300);

/**
 * Signs up and switches 2FA on with the password as the fresh proof.
 * @returns {Promise<{ client: Client, user: ReturnType<typeof randomUser>, secret: string, recovery: string[] }>}
 */
async function withTwoFactor() {
  const client = new Client();
  const { user } = await signUp(client);
  await freshTotpStep();
  const setup = await client.post('/api/auth/2fa/setup', { json: { password: user.password } });
  assert.equal(setup.status, 200, JSON.stringify(setup.data));
  const on = await client.post('/api/auth/2fa/verify', { json: { code: totp(setup.data.secret, -1) } });
  assert.equal(on.status, 200, JSON.stringify(on.data));
  return { client, user, secret: setup.data.secret, recovery: on.data.recovery_codes };
}

/** @param {{ email: string, password: string }} user */
const loginOf = (user) => new Client().post('/api/auth/login', { json: { email: user.email, password: user.password } });

test('pre-registration takeover: a password chosen before the owner proves the mailbox never works', async () => {
  const owner = randomUser();
  const attacker = { ...owner, password: 'the attacker chose this' };
  assert.equal((await new Client().post('/api/auth/register', { json: attacker })).status, 202);
  await waitForMail(owner.email, MAIL.verification);
  // The owner later signs in with a magic link.
  await new Client().post('/api/auth/magic-link', { json: { email: owner.email } });
  const link = tokenIn(await waitForMail(owner.email, MAIL.signInLink));
  const signedIn = await new Client().post('/api/auth/magic-link/verify', { json: { token: link } });
  assert.equal(signedIn.status, 200, JSON.stringify(signedIn.data));
  assert.ok(signedIn.data.access_token);
  assertError(await loginOf(attacker), 401, 'invalid_credentials');

  // A second registration competing with the first: neither password is set on confirmation.
  const victim = randomUser();
  await new Client().post('/api/auth/register', { json: { ...victim, password: 'the attacker chose this' } });
  await waitForMail(victim.email, MAIL.verification);
  await new Client().post('/api/auth/register', { json: victim });
  // The owner is told, with a code of their own.
  const second = await waitForMail(victim.email, MAIL.anotherSignUp);
  const confirmed = await new Client().post('/api/auth/verify-email', { json: { email: victim.email, code: codeIn(second) } });
  assert.equal(confirmed.status, 200, JSON.stringify(confirmed.data));
  assertError(await loginOf({ ...victim, password: 'the attacker chose this' }), 401, 'invalid_credentials');
  assertError(await loginOf(victim), 401, 'invalid_credentials');
});

test('register answers alike for a known and an unknown address with a taken username', async () => {
  const { user } = await signUp(new Client());
  const stranger = randomUser();
  const known = await new Client().post('/api/auth/register', { json: { ...randomUser(), email: user.email, username: user.username } });
  const unknown = await new Client().post('/api/auth/register', { json: { ...stranger, username: user.username } });
  assert.equal(known.status, 202, JSON.stringify(known.data));
  assert.deepEqual([unknown.status, unknown.data], [known.status, known.data]);
  // The stranger's mailbox hears why nothing happened.
  assert.match((await waitForMail(stranger.email, MAIL.signUpRefused)).text, /already taken/);
});

test('a stolen access token alone cannot set up, replace or disable 2FA', { timeout: 90_000 }, async () => {
  const thief = new Client();
  const { user } = await signUp(thief);
  assertError(await thief.post('/api/auth/2fa/setup'), 403, 'proof_required');
  assertError(await thief.post('/api/auth/2fa/setup', { json: { password: 'a guess' } }), 403, 'proof_failed');

  const { client, user: owner, secret } = await withTwoFactor();
  const notice = await waitForMail(owner.email, MAIL.twoFactorChanged);
  assert.match(notice.text, /now on/, 'the owner is told 2FA went on');
  assertError(await client.post('/api/auth/2fa/setup', { json: {} }), 403, 'proof_required');
  await coolDown();
  assertError(await client.post('/api/auth/2fa/disable', { json: { code: totp(secret, 0) } }), 403, 'proof_required');
  const login = await loginOf(owner);
  assert.equal(login.data.two_factor_required, true, 'still on');
  assert.ok(user.email);
});

test('recovery codes: shown once, sign in once each, and the owner is told', { timeout: 90_000 }, async () => {
  const { user, recovery } = await withTwoFactor();
  assert.equal(recovery.length, 10);
  assert.equal(new Set(recovery).size, 10);
  const first = await loginOf(user);
  const used = new Client();
  const done = await used.post('/api/auth/2fa/login', { json: { pending_token: first.data.pending_token, code: recovery[0] } });
  assert.equal(done.status, 200, JSON.stringify(done.data));
  assert.ok(done.data.access_token);
  const second = await loginOf(user);
  assertError(await new Client().post('/api/auth/2fa/login', { json: { pending_token: second.data.pending_token, code: recovery[0] } }), 400, 'invalid_code');
  // The first notice said 2FA went on; the second tells of the recovery code.
  assert.match((await waitForMail(user.email, MAIL.twoFactorChanged, 2)).text, /recovery code was used/);
});

test('code guessing: wrong codes count on the account across pending tokens and lock it; a pending token signs in once', { timeout: 120_000 }, async () => {
  const { user, secret } = await withTwoFactor();
  const right = () => totp(secret, 0);
  // One pending sign-in completes once.
  const pending = (await loginOf(user)).data.pending_token;
  await coolDown();
  const ok = await new Client().post('/api/auth/2fa/login', { json: { pending_token: pending, code: right() } });
  assert.equal(ok.status, 200, JSON.stringify(ok.data));
  assertError(await new Client().post('/api/auth/2fa/login', { json: { pending_token: pending, code: totp(secret, 1) } }), 401, 'unauthorized');

  // Five wrong guesses, each with a fresh pending token, spread over the edge's windows.
  const wrong = right() === '000000' ? '111111' : '000000';
  for (let i = 0; i < 5; i++) {
    const p = (await loginOf(user)).data.pending_token;
    assertError(await new Client().post('/api/auth/2fa/login', { json: { pending_token: p, code: wrong } }), 400, 'invalid_code');
    if (i === 2) await coolDown();
  }
  await coolDown();
  const last = (await loginOf(user)).data.pending_token;
  const locked = await new Client().post('/api/auth/2fa/login', { json: { pending_token: last, code: totp(secret, 1) } });
  assertError(locked, 429, 'too_many_attempts');
  assert.ok(Number(locked.headers.get('retry-after')) >= 1);
});

test('a NUL character in an address is bad input, never a 500', async () => {
  const email = 'a\u0000b@example.com';
  const cases = [
    ['/api/auth/register', { ...randomUser(), email }],
    ['/api/auth/login', { email, password: 'whatever it is' }],
    ['/api/auth/forgot-password', { email }],
    ['/api/auth/magic-link', { email }],
  ];
  for (const [path, json] of cases) {
    const res = await new Client().post(String(path), { json });
    assert.ok(res.status >= 400 && res.status < 500, `${path}: ${res.status} ${JSON.stringify(res.data)}`);
    assert.ok(res.data?.error?.code, `${path}: the one error shape`);
  }
});

test('two tabs refreshing at once both stay signed in; a later replay still revokes the family', async () => {
  const client = new Client();
  await signUp(client);
  const token = client.cookies.get('aa_refresh');
  const tabs = [new Client(), new Client()];
  tabs.forEach((c) => c.cookies.set('aa_refresh', token));
  const results = await Promise.all(tabs.map((c) => c.post('/api/auth/refresh')));
  assert.deepEqual(results.map((r) => r.status), [200, 200], JSON.stringify(results.map((r) => r.data)));
  assert.equal(tabs[0].cookies.get('aa_refresh'), tabs[1].cookies.get('aa_refresh'), 'one successor');
  // The successor is used; now the first token is a replay.
  assert.equal((await tabs[0].post('/api/auth/refresh')).status, 200);
  const thief = new Client();
  thief.cookies.set('aa_refresh', token);
  assertError(await thief.post('/api/auth/refresh'), 401, 'unauthorized');
  assert.equal((await tabs[0].post('/api/auth/refresh')).status, 401, 'the family is revoked');
});

test("the farm's door: one answer for every failed signature check, and no public metrics", async () => {
  const unsigned = await fetch(`${FARM_URL}/internal/users/me`);
  assert.equal(unsigned.status, 401);
  const stale = await fetch(`${FARM_URL}/internal/users/me`, {
    headers: { 'x-aa-timestamp': '1', 'x-aa-nonce': 'n', 'x-aa-signature': 'deadbeef' },
  });
  assert.equal(stale.status, 401);
  const [a, b] = [await unsigned.json(), await stale.json()];
  assert.deepEqual(a, b, 'the answer does not say which check failed');
  assert.equal(a.error.message, 'Request refused: bad signature.');
  const metrics = await fetch(`${FARM_URL}/metrics`);
  assert.ok(metrics.status === 404 || metrics.status === 401, `metrics answered ${metrics.status}`);
});

test('a lost second factor: the mailed reset waits out its delay, and the owner signing in cancels it', { timeout: 90_000 }, async () => {
  const { user, secret } = await withTwoFactor();
  const known = await new Client().post('/api/auth/2fa/reset', { json: { email: user.email } });
  const unknown = await new Client().post('/api/auth/2fa/reset', { json: { email: randomUser().email } });
  assert.equal(known.status, 202, JSON.stringify(known.data));
  assert.deepEqual([unknown.status, unknown.data], [known.status, known.data], 'one answer for every address');
  const mail = await waitForMail(user.email, MAIL.twoFactorReset);
  assert.match(mail.text, /only after \d+ hours/);
  const token = tokenIn(mail);
  const early = await new Client().post('/api/auth/2fa/reset/confirm', { json: { token } });
  assertError(early, 409, 'reset_not_ready');
  assert.ok(Number(early.headers.get('retry-after')) > 60);
  // The owner still has the app: signing in with it cancels the request.
  const pending = (await loginOf(user)).data.pending_token;
  const signedIn = await new Client().post('/api/auth/2fa/login', { json: { pending_token: pending, code: totp(secret, 0) } });
  assert.equal(signedIn.status, 200, JSON.stringify(signedIn.data));
  assertError(await new Client().post('/api/auth/2fa/reset/confirm', { json: { token } }), 400, 'invalid_token');
});

test('changing the password needs the current one, not just a session', async () => {
  const client = new Client();
  const { user } = await signUp(client);
  assertError(await client.post('/api/auth/password', { json: { new_password: 'taken over by a thief' } }), 403, 'proof_required');
  assertError(await client.post('/api/auth/password', { json: { new_password: 'taken over by a thief', password: 'a guess' } }), 403, 'proof_failed');
  const changed = await client.post('/api/auth/password', { json: { new_password: 'my new long password', password: user.password } });
  assert.equal(changed.status, 204, JSON.stringify(changed.data));
  assertError(await loginOf(user), 401, 'invalid_credentials');
  assert.equal((await loginOf({ ...user, password: 'my new long password' })).status, 200);
});
