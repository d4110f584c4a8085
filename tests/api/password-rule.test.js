// Common and guessable passwords are refused through workerd (ASVS 5.0 6.2.4) wherever one is
// chosen: sign-up, reset and change, with 422 `weak_password` in the one error shape and a
// message that says why. docs/security-accounts.md names the control.

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAIL, Client, mailsTo, randomUser, signUp, tokenIn, waitForMail } from './client.js';

/** @param {import('./client.js').ApiResponse} res */
function assertWeak(res) {
  assert.equal(res.status, 422, JSON.stringify(res.data));
  assert.equal(res.data?.error?.code, 'weak_password', JSON.stringify(res.data));
  assert.match(res.data.error.message, /^password: this password is too common or too easy to guess/);
}

test('sign-up refuses common and guessable passwords and says why; a long passphrase is fine', async () => {
  for (const password of ['password123', 'qwertyuiop', 'iloveyou2024', 'Passw0rd!']) {
    const user = { ...randomUser(), password };
    assertWeak(await new Client().post('/api/auth/register', { json: user }));
    assert.equal((await mailsTo(user.email)).length, 0, 'nothing was mailed');
  }
  const user = randomUser();
  assertWeak(await new Client().post('/api/auth/register', { json: { ...user, password: `${user.username}2031` } }));
  const phrase = { ...randomUser(), password: 'plankton quiver lantern orchard '.repeat(3).trim() };
  assert.equal((await new Client().post('/api/auth/register', { json: phrase })).status, 202);
});

test('a reset and a password change refuse weak passwords, and the old password keeps working', async () => {
  const client = new Client();
  const { user } = await signUp(client);
  assertWeak(await client.post('/api/auth/password', { json: { new_password: 'password1234', password: user.password } }));
  const before = (await mailsTo(user.email, MAIL.passwordReset)).length;
  await new Client().post('/api/auth/forgot-password', { json: { email: user.email } });
  const token = tokenIn(await waitForMail(user.email, MAIL.passwordReset, before + 1));
  assertWeak(await new Client().post('/api/auth/reset-password', { json: { token, password: '1qaz2wsx3edc' } }));
  const login = await new Client().post('/api/auth/login', { json: { email: user.email, password: user.password } });
  assert.equal(login.status, 200, 'the old password still works');
});
