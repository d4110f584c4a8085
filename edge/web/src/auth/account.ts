// The account flows beyond log-in: e-mail verification, password reset, magic links, TOTP
// two-factor authentication and signing out everywhere (docs/api.md, /api/auth/*).

import { authedRequest } from '../api/authed';
import { request } from '../api/http';
import type { AuthSession } from '../api/types';
import { adoptSignIn, forgetSession, type SignInResult, type TwoFactorChallenge } from './session';

type SignInAnswer = AuthSession | TwoFactorChallenge;

export async function verifyEmail(email: string, code: string): Promise<SignInResult> {
  return adoptSignIn(await request<SignInAnswer>('/api/auth/verify-email', { method: 'POST', body: { email, code } }));
}

export async function resendCode(email: string): Promise<string> {
  return (await request<{ message: string }>('/api/auth/verify-email/resend', { method: 'POST', body: { email } })).message;
}

export async function forgotPassword(email: string): Promise<string> {
  return (await request<{ message: string }>('/api/auth/forgot-password', { method: 'POST', body: { email } })).message;
}

export async function resetPassword(token: string, password: string): Promise<void> {
  await request<void>('/api/auth/reset-password', { method: 'POST', body: { token, password } });
}

export async function requestMagicLink(email: string): Promise<string> {
  return (await request<{ message: string }>('/api/auth/magic-link', { method: 'POST', body: { email } })).message;
}

/** Looks at a magic link without using it; resolves to the address it signs in. */
export async function checkMagicLink(token: string): Promise<string> {
  return (await request<{ email: string }>(`/api/auth/magic-link/verify?token=${encodeURIComponent(token)}`)).email;
}

export async function confirmMagicLink(token: string): Promise<SignInResult> {
  return adoptSignIn(await request<SignInAnswer>('/api/auth/magic-link/verify', { method: 'POST', body: { token } }));
}

export async function completeTwoFactor(pendingToken: string, code: string): Promise<SignInResult> {
  return adoptSignIn(
    await request<SignInAnswer>('/api/auth/2fa/login', { method: 'POST', body: { pending_token: pendingToken, code } }),
  );
}

export interface TwoFactorSetup {
  secret: string;
  otpauth_uri: string;
  /** An SVG data URL. */
  qr_code: string;
}

/**
 * A fresh proof that the account's owner is at the keyboard, which 2FA changes need besides the
 * session: the password, or for an account without one the code `requestProofCode` mails.
 */
export interface FreshProof {
  password?: string;
  email_code?: string;
}

/** Mails a security code to an account without a password. */
export async function requestProofCode(): Promise<string> {
  return (await authedRequest<{ message: string }>('/api/auth/2fa/proof-code', { method: 'POST' })).message;
}

export function setupTwoFactor(proof: FreshProof): Promise<TwoFactorSetup> {
  return authedRequest<TwoFactorSetup>('/api/auth/2fa/setup', { method: 'POST', body: proof });
}

/** Switches 2FA on (or to the new secret); resolves to the recovery codes, shown this once. */
export async function enableTwoFactor(code: string): Promise<string[]> {
  return (await authedRequest<{ recovery_codes: string[] }>('/api/auth/2fa/verify', { method: 'POST', body: { code } })).recovery_codes;
}

/** `code` is a current TOTP code or a recovery code. */
export function disableTwoFactor(code: string, proof: FreshProof): Promise<void> {
  return authedRequest<void>('/api/auth/2fa/disable', { method: 'POST', body: { code, ...proof } });
}

/** Changes (or, for an account without one, sets) the password, with a fresh proof. */
export async function changePassword(newPassword: string, proof: FreshProof): Promise<void> {
  await authedRequest<void>('/api/auth/password', { method: 'POST', body: { new_password: newPassword, ...proof } });
}

/** Asks for the e-mailed, delayed 2FA reset; resolves to the one answer for every address. */
export async function requestTwoFactorReset(email: string): Promise<string> {
  return (await request<{ message: string }>('/api/auth/2fa/reset', { method: 'POST', body: { email } })).message;
}

/** Uses the 2FA-reset link (only after its delay). */
export async function confirmTwoFactorReset(token: string): Promise<void> {
  await request<void>('/api/auth/2fa/reset/confirm', { method: 'POST', body: { token } });
}

/** Ends every session of this account, on every device, then this one. */
export async function logOutEverywhere(): Promise<void> {
  await authedRequest<void>('/api/auth/logout-all', { method: 'POST' });
  forgetSession();
}

/** One signed-in browser or device (a sign-in's refresh-token family). */
export interface ActiveSession {
  id: string;
  created_at: string;
  last_used_at: string;
  user_agent: string | null;
  /** A short label such as "Firefox on Linux". */
  device: string;
  /** This browser's own session. */
  current: boolean;
}

/** The account's live sessions, the most recently used first. */
export async function listSessions(): Promise<ActiveSession[]> {
  return (await authedRequest<{ sessions: ActiveSession[] }>('/api/auth/sessions')).sessions;
}

/** Signs one session out; its next refresh fails. */
export async function signOutSession(id: string): Promise<void> {
  await authedRequest<void>(`/api/auth/sessions/${encodeURIComponent(id)}/revoke`, { method: 'POST' });
}

/** Signs out every session but this browser's. */
export async function signOutOtherSessions(): Promise<void> {
  await authedRequest<void>('/api/auth/sessions/revoke-others', { method: 'POST' });
}
