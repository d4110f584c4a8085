// Google and GitHub sign-in end to end: the edge runs the real authorization-code flow (state +
// PKCE) against oauth2-mock-server at OAUTH_MOCK_URL, which the test stack configures as both
// providers' endpoints. Attacks: missing and mismatched state, replayed callbacks and codes,
// open redirects, and linking by an unverified e-mail address.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Client, randomUser, signUp } from './client.js';
import { MOCK_URL, startMockProvider } from './support/oauth-mock.js';

/** @type {import('oauth2-mock-server').OAuth2Server | undefined} */
let mock;
// What the mock's /userinfo answers next, per access token: Google's userinfo, or GitHub's
// /user then /user/emails (both configured to /userinfo).
/** @type {(call: number) => unknown} */
let profile = () => ({ sub: 'nobody' });
const calls = new Map();

before(async () => {
  if (!MOCK_URL) return;
  mock = await startMockProvider((response, req) => {
    const token = req.headers.authorization ?? '';
    const n = calls.get(token) ?? 0;
    calls.set(token, n + 1);
    response.body = profile(n);
  });
});
after(async () => {
  await mock?.stop();
});

/** @param {import('./client.js').ApiResponse} res */
function location(res) {
  assert.equal(res.status, 302, `expected a redirect, got ${res.status} ${JSON.stringify(res.data)}`);
  return res.headers.get('location');
}

/**
 * Starts a sign-in; returns the provider's URL the browser is sent to.
 * @param {Client} client
 * @param {'google' | 'github'} provider
 * @param {string} [next]
 */
async function start(client, provider, next) {
  const res = await client.get(`/api/auth/${provider}${next === undefined ? '' : `?next=${encodeURIComponent(next)}`}`);
  const url = new URL(location(res));
  assert.ok(client.cookies.get('aa_oauth'), 'the flow state is kept in a cookie');
  return url;
}

/**
 * What the provider does when the person consents: redirects back with code and state.
 * @param {URL} authorizeUrl
 */
async function consent(authorizeUrl) {
  const res = await fetch(authorizeUrl, { redirect: 'manual' });
  return new URL(res.headers.get('location'));
}

const callbackPath = (/** @type {URL} */ url) => url.pathname + url.search;

test('Google sign-in with state and PKCE creates an account, signs in and follows the allowed next', { skip: !MOCK_URL && 'needs OAUTH_MOCK_URL' }, async () => {
  const email = randomUser().email;
  profile = () => ({ sub: `g-${email}`, email, email_verified: true });
  const client = new Client();
  const authorize = await start(client, 'google', '/settings');
  assert.equal(authorize.origin + authorize.pathname, `${MOCK_URL}/authorize`);
  const q = authorize.searchParams;
  assert.equal(q.get('response_type'), 'code');
  assert.equal(q.get('client_id'), 'test-google');
  assert.equal(q.get('code_challenge_method'), 'S256');
  assert.match(q.get('code_challenge'), /^[A-Za-z0-9_-]{43}$/);
  assert.match(q.get('state'), /^[A-Za-z0-9_-]{43}$/);
  assert.match(q.get('redirect_uri'), /\/api\/auth\/google\/callback$/);

  const back = await consent(authorize);
  const done = await client.get(callbackPath(back));
  assert.equal(location(done), '/settings');
  assert.ok(client.cookies.get('aa_refresh'), 'signed in: the refresh cookie is set');
  assert.equal(client.cookies.get('aa_oauth'), undefined, 'the flow cookie is cleared');
  const session = await client.post('/api/auth/refresh');
  assert.equal(session.status, 200);
  assert.equal(session.data.user.email, email);

  // Same subject again: the same account.
  const again = new Client();
  const back2 = await consent(await start(again, 'google'));
  assert.equal(location(await again.get(callbackPath(back2))), '/problems');
  assert.equal((await again.post('/api/auth/refresh')).data.user.id, session.data.user.id);
});

test('GitHub sign-in takes the primary verified address from /user/emails', { skip: !MOCK_URL && 'needs OAUTH_MOCK_URL' }, async () => {
  const email = randomUser().email;
  const id = Math.floor(Math.random() * 1e9);
  // The mock's access tokens can repeat within a second, so count this flow's calls afresh.
  calls.clear();
  profile = (n) => (n === 0 ? { id, login: 'octo', email: null } : [{ email, primary: true, verified: true }]);
  const client = new Client();
  const back = await consent(await start(client, 'github'));
  assert.equal(location(await client.get(callbackPath(back))), '/problems');
  const session = await client.post('/api/auth/refresh');
  assert.equal(session.data.user.email, email);
});

test('missing, mismatched, forged and replayed state, and a replayed code, are all refused', { skip: !MOCK_URL && 'needs OAUTH_MOCK_URL' }, async () => {
  const email = randomUser().email;
  profile = () => ({ sub: `g-${email}`, email, email_verified: true });
  const refused = (/** @type {import('./client.js').ApiResponse} */ res, code = 'oauth_state') => assert.equal(location(res), `/login?error=${code}`);

  const a = new Client();
  const back = await consent(await start(a, 'google'));
  const noState = new URL(back);
  noState.searchParams.delete('state');
  refused(await a.get(callbackPath(noState)));
  const wrongState = new URL(back);
  wrongState.searchParams.set('state', 'x'.repeat(43));
  const b = new Client();
  await start(b, 'google');
  refused(await b.get(callbackPath(wrongState)), 'oauth_state');
  // No cookie at all (a link someone else started, e.g. login CSRF).
  refused(await new Client().get(callbackPath(back)));
  // A forged cookie.
  const forged = new Client();
  forged.cookies.set('aa_oauth', 'e30.AAAA');
  refused(await forged.get(callbackPath(back)));
  // The cookie of one provider's flow does not work at the other's callback.
  const cross = new Client();
  cross.cookies.set('aa_oauth', a.cookies.get('aa_oauth'));
  refused(await cross.get(callbackPath(back).replace('/google/', '/github/')));
  assert.equal(a.cookies.get('aa_refresh'), undefined);

  // The real callback works once; replaying it, with the same cookie, does not.
  const c = new Client();
  const good = await consent(await start(c, 'google'));
  const cookie = c.cookies.get('aa_oauth');
  assert.equal(location(await c.get(callbackPath(good))), '/problems');
  const replay = new Client();
  replay.cookies.set('aa_oauth', cookie);
  refused(await replay.get(callbackPath(good)));
  // The used code in a fresh flow: the provider refuses it (its PKCE challenge is gone).
  const d = new Client();
  const fresh = await start(d, 'google');
  const reused = new URL(good);
  reused.searchParams.set('state', fresh.searchParams.get('state'));
  refused(await d.get(callbackPath(reused)), 'oauth_failed');
});

test('after sign-in only relative, allow-listed targets are followed', { skip: !MOCK_URL && 'needs OAUTH_MOCK_URL' }, async () => {
  const email = randomUser().email;
  profile = () => ({ sub: `g-${email}`, email, email_verified: true });
  for (const [next, expected] of [
    ['https://evil.example/', '/problems'],
    ['//evil.example/x', '/problems'],
    ['/\\evil.example', '/problems'],
    ['javascript:alert(1)', '/problems'],
    ['/admin', '/problems'],
    ['/problems/a-plus-b', '/problems/a-plus-b'],
  ]) {
    const client = new Client();
    const back = await consent(await start(client, 'google', next));
    assert.equal(location(await client.get(callbackPath(back))), expected, next);
  }
});

test('an unverified provider address never links to an existing account; 2FA still applies', { skip: !MOCK_URL && 'needs OAUTH_MOCK_URL' }, async () => {
  const owner = new Client();
  const { user } = await signUp(owner);
  profile = () => ({ sub: `attacker-${user.email}`, email: user.email, email_verified: false });
  const attacker = new Client();
  const back = await consent(await start(attacker, 'google'));
  assert.equal(location(await attacker.get(callbackPath(back))), '/login?error=oauth_email_in_use');
  assert.equal(attacker.cookies.get('aa_refresh'), undefined);

  // The owner turns 2FA on; signing in with a verified Google address of theirs stops at 2FA.
  const { secret } = (await owner.post('/api/auth/2fa/setup', { json: { password: user.password } })).data;
  const { execFileSync } = await import('node:child_process');
  const code = execFileSync(process.env.ALGOARENA_PYTHON ?? 'python3', [new URL('./support/pycheck.py', import.meta.url).pathname, 'totp', secret, '0'], { encoding: 'utf8' }).trim();
  const verified = await owner.post('/api/auth/2fa/verify', { json: { code } });
  assert.equal(verified.status, 200, JSON.stringify(verified.data));
  assert.ok(Array.isArray(verified.data.recovery_codes));
  profile = () => ({ sub: `owner-${user.email}`, email: user.email, email_verified: true });
  const viaGoogle = new Client();
  const back2 = await consent(await start(viaGoogle, 'google'));
  const to = location(await viaGoogle.get(callbackPath(back2)));
  assert.match(to, /^\/login#pending=[\w-]+\.[\w-]+\.[\w-]+&next=%2Fproblems$/);
  assert.equal(viaGoogle.cookies.get('aa_refresh'), undefined, 'no session before the second factor');
});
