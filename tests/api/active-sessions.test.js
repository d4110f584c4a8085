// The active-sessions list through workerd (ASVS 5.0 7.5.2): each sign-in listed with its
// device and this browser's marked, signing one out, "sign out everywhere else", and the other
// sessions ending when the password or 2FA changes (7.4.3). A signed-out session's refresh
// fails; the caller's own survives. TOTP codes come from pyotp (tests/api/support/pycheck.py).
// docs/security-accounts.md names the control each test proves.

import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client, signUp } from './client.js';

const PYTHON = process.env.ALGOARENA_PYTHON ?? 'python3';
const PYCHECK = fileURLToPath(new URL('./support/pycheck.py', import.meta.url));
/** @param {string} secret @param {number} offset */
const totp = (secret, offset) => execFileSync(PYTHON, [PYCHECK, 'totp', secret, String(offset)], { encoding: 'utf8' }).trim();

const FIREFOX = 'Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0';
const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

/** A client that always sends `userAgent`, as one browser would. */
class Browser extends Client {
  /** @param {string} userAgent */
  constructor(userAgent) {
    super();
    this.userAgent = userAgent;
  }

  /** @param {string} method @param {string} path @param {import('./client.js').RequestOptions} [opts] */
  request(method, path, opts = {}) {
    return super.request(method, path, { ...opts, headers: { 'user-agent': this.userAgent, ...(opts.headers ?? {}) } });
  }
}

/** Signs `user` in on a new browser; returns it holding the session. */
async function signIn(/** @type {{ email: string, password: string }} */ user, userAgent = FIREFOX) {
  const browser = new Browser(userAgent);
  const res = await browser.post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(res.status, 200, JSON.stringify(res.data));
  browser.accessToken = res.data.access_token;
  return browser;
}

/** Refreshes; a live session answers 200 (and the client keeps the new cookie and token). */
async function refreshStatus(/** @type {Client} */ client) {
  const res = await client.post('/api/auth/refresh');
  if (res.status === 200) client.accessToken = res.data.access_token;
  return res.status;
}

async function sessionsOf(/** @type {Client} */ client) {
  const res = await client.get('/api/auth/sessions');
  assert.equal(res.status, 200, JSON.stringify(res.data));
  assert.equal(res.headers.get('cache-control'), 'no-store');
  return /** @type {any[]} */ (res.data.sessions);
}

test('the list shows every sign-in with its device, this one marked; one of them signs out by id', async () => {
  const phone = new Browser(IPHONE);
  const { user } = await signUp(phone);
  const laptop = await signIn(user, FIREFOX);

  const seen = await sessionsOf(laptop);
  assert.equal(seen.length, 2, JSON.stringify(seen));
  const mine = seen.filter((s) => s.current);
  assert.equal(mine.length, 1);
  assert.equal(mine[0].device, 'Firefox on Linux');
  assert.equal(mine[0].user_agent, FIREFOX);
  const theirs = seen.find((s) => !s.current);
  assert.equal(theirs.device, 'Safari on iOS');
  assert.ok(!Number.isNaN(Date.parse(theirs.created_at)) && !Number.isNaN(Date.parse(theirs.last_used_at)));
  // The phone sees the same two, with its own marked instead.
  const fromPhone = await sessionsOf(phone);
  assert.deepEqual(fromPhone.find((s) => s.current).id, theirs.id);

  // Without a token nothing is listed or ended; another user cannot end this one.
  assert.equal((await new Client().get('/api/auth/sessions')).status, 401);
  const stranger = new Client();
  await signUp(stranger);
  const foreign = await stranger.post(`/api/auth/sessions/${theirs.id}/revoke`);
  assert.deepEqual([foreign.status, foreign.data?.error?.code], [404, 'session_not_found']);
  assert.equal((await laptop.post('/api/auth/sessions/not-a-session/revoke')).status, 422);
  // From another site, nothing changes.
  const crossSite = await laptop.post(`/api/auth/sessions/${theirs.id}/revoke`, { headers: { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' } });
  assert.equal(crossSite.status, 403);
  assert.equal(await refreshStatus(phone), 200, 'the phone is still signed in');

  const ended = await laptop.post(`/api/auth/sessions/${theirs.id}/revoke`);
  assert.equal(ended.status, 204, JSON.stringify(ended.data));
  assert.equal(await refreshStatus(phone), 401, "the signed-out session's refresh fails");
  assert.equal(await refreshStatus(laptop), 200, 'the current one survives');
  assert.deepEqual((await sessionsOf(laptop)).map((s) => s.current), [true]);
});

test('"sign out everywhere else" ends every other session and keeps this one', async () => {
  const first = new Client();
  const { user } = await signUp(first);
  const second = await signIn(user, IPHONE);
  const here = await signIn(user, FIREFOX);
  assert.equal((await sessionsOf(here)).length, 3);
  const res = await here.post('/api/auth/sessions/revoke-others');
  assert.equal(res.status, 204, JSON.stringify(res.data));
  assert.equal(await refreshStatus(first), 401);
  assert.equal(await refreshStatus(second), 401);
  assert.equal(await refreshStatus(here), 200, 'this browser stays signed in');
  const left = await sessionsOf(here);
  assert.equal(left.length, 1);
  assert.equal(left[0].current, true);
});

test('changing the password or switching 2FA on or off ends the other sessions, not this one', { timeout: 90_000 }, async () => {
  const owner = new Client();
  const { user } = await signUp(owner);
  let thief = await signIn(user, IPHONE);
  const newPassword = `${user.password}-renewed`;
  const changed = await owner.post('/api/auth/password', { json: { new_password: newPassword, password: user.password } });
  assert.equal(changed.status, 204, JSON.stringify(changed.data));
  assert.equal(await refreshStatus(thief), 401, 'password change');
  assert.equal(await refreshStatus(owner), 200);

  thief = await signIn({ email: user.email, password: newPassword }, IPHONE);
  const into = (Date.now() / 1000) % 30;
  if (into > 20) await new Promise((r) => setTimeout(r, (30 - into + 0.5) * 1000));
  const setup = await owner.post('/api/auth/2fa/setup', { json: { password: newPassword } });
  assert.equal(setup.status, 200, JSON.stringify(setup.data));
  const on = await owner.post('/api/auth/2fa/verify', { json: { code: totp(setup.data.secret, -1) } });
  assert.equal(on.status, 200, JSON.stringify(on.data));
  assert.equal(await refreshStatus(thief), 401, '2FA switched on');
  assert.equal(await refreshStatus(owner), 200);

  // A second sign-in, now through the second factor, ends when 2FA goes off.
  const pending = (await new Client().post('/api/auth/login', { json: { email: user.email, password: newPassword } })).data.pending_token;
  const other = new Browser(IPHONE);
  const second = await other.post('/api/auth/2fa/login', { json: { pending_token: pending, code: totp(setup.data.secret, 0) } });
  assert.equal(second.status, 200, JSON.stringify(second.data));
  const off = await owner.post('/api/auth/2fa/disable', { json: { code: on.data.recovery_codes[0], password: newPassword } });
  assert.equal(off.status, 204, JSON.stringify(off.data));
  assert.equal(await refreshStatus(other), 401, '2FA switched off');
  assert.equal(await refreshStatus(owner), 200);
});
