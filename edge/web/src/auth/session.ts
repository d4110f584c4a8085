// The signed-in session. The access token lives in this module's memory only (never in
// localStorage, so an injected script cannot read it from storage); the refresh token is the
// server's HttpOnly `aa_refresh` cookie, which script never sees. The session is restored on load
// and kept fresh by calling POST /api/auth/refresh shortly before the access token expires.

import { setTokenSource } from '../api/authed';
import { ApiError } from '../api/errors';
import { request } from '../api/http';
import type { AuthSession, User } from '../api/types';

export type SessionState =
  | { status: 'loading'; user: null }
  | { status: 'anonymous'; user: null }
  | { status: 'authenticated'; user: User };

const RETRY_AFTER_MS = 15_000;

let state: SessionState = { status: 'loading', user: null };
let accessToken: string | null = null;
let refreshAt = 0;
let refreshTimer: number | undefined;
let inflight: Promise<boolean> | null = null;
let startup: Promise<unknown> = Promise.resolve();
const listeners = new Set<() => void>();

// Tells other tabs of this app about log-outs and log-ins, so they do not keep acting for a
// session that ended (or stay logged out when the user just logged in elsewhere).
const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel('algoarena-auth') : null;

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function getSession(): SessionState {
  return state;
}

function setState(next: SessionState) {
  state = next;
  listeners.forEach((l) => l());
}

function adopt(session: AuthSession) {
  accessToken = session.access_token;
  setState({ status: 'authenticated', user: session.user });
  // Refresh a minute early (or at 80% of the lifetime for short-lived tokens) so no request
  // leaves with a token that expires on the way.
  const lead = Math.min(60, session.expires_in * 0.2);
  schedule(Math.max(1, session.expires_in - lead) * 1000);
}

function clear() {
  accessToken = null;
  window.clearTimeout(refreshTimer);
  setState({ status: 'anonymous', user: null });
}

function schedule(delayMs: number) {
  window.clearTimeout(refreshTimer);
  refreshAt = Date.now() + delayMs;
  refreshTimer = window.setTimeout(() => void refreshSession(), delayMs);
}

// The server rotates the refresh cookie on every use and may treat a reused one as theft, so
// two refreshes must never race: one per tab via `inflight`, one per browser via a Web Lock.
function exclusively<T>(fn: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('algoarena-refresh', fn) as Promise<T>) : fn();
}

/** Exchanges the refresh cookie for a new access token. Resolves to whether we are signed in. */
export function refreshSession(): Promise<boolean> {
  inflight ??= exclusively(async () => {
    try {
      adopt(await request<AuthSession>('/api/auth/refresh', { method: 'POST' }));
      return true;
    } catch (err) {
      if (err instanceof ApiError && (err.status === 401 || err.status === 403)) {
        clear(); // No cookie, or an expired or revoked one: that just means logged out.
        return false;
      }
      // The server is unreachable, failing or rate-limiting: keep the current token (it may
      // still be valid) and try again soon, rather than logging the user out over a blip.
      if (accessToken) schedule(RETRY_AFTER_MS);
      else setState({ status: 'anonymous', user: null });
      return false;
    }
  }).finally(() => {
    inflight = null;
  });
  return inflight;
}

/** Restores a previous session from the refresh cookie, and lends its token to the API
 * client's authenticated requests. Called once when the app loads. */
export function startSession() {
  setTokenSource({ ready: sessionReady, token: () => accessToken, refresh: refreshSession });
  startup = refreshSession();
  // Timers are throttled in background tabs, so the scheduled refresh may be late; catch up
  // as soon as the tab is looked at again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible' && accessToken && Date.now() >= refreshAt) {
      void refreshSession();
    }
  });
  channel?.addEventListener('message', (e: MessageEvent) => {
    if (e.data === 'logout') clear();
    else if (e.data === 'login' && !accessToken) void refreshSession();
  });
}

/** The outcome of a right first factor: signed in, or a TOTP code is due (2FA pending). */
export type SignInResult = { status: 'signed-in'; user: User } | { status: 'two-factor'; pendingToken: string };

/** What the API answers to a right password, code or magic link. */
export interface TwoFactorChallenge {
  two_factor_required: true;
  pending_token: string;
  expires_in: number;
}

/** Starts the session from a sign-in answer (or reports that the second factor is due). */
export function adoptSignIn(answer: AuthSession | TwoFactorChallenge): SignInResult {
  if ('two_factor_required' in answer && answer.two_factor_required) {
    return { status: 'two-factor', pendingToken: answer.pending_token };
  }
  const session = answer as AuthSession;
  adopt(session);
  channel?.postMessage('login');
  return { status: 'signed-in', user: session.user };
}

export async function logIn(email: string, password: string): Promise<SignInResult> {
  return adoptSignIn(
    await request<AuthSession | TwoFactorChallenge>('/api/auth/login', { method: 'POST', body: { email, password } }),
  );
}

/** Registers; the account exists once the mailed code is confirmed (auth/account.ts verifyEmail). */
export async function signUp(email: string, username: string, password: string): Promise<string> {
  const answer = await request<{ message: string }>('/api/auth/register', {
    method: 'POST',
    body: { email, username, password },
  });
  return answer.message;
}

/** Forgets the session here (after "sign out everywhere" ended it on the server). */
export function forgetSession() {
  clear();
  channel?.postMessage('logout');
}

export async function logOut(): Promise<void> {
  try {
    await request<void>('/api/auth/logout', { method: 'POST' });
  } catch {
    // Forget the token locally even if the server could not be told; the cookie then expires.
  }
  clear();
  channel?.postMessage('logout');
}

/** Waits until the session restored on load is known (signed in or not). */
export async function sessionReady(): Promise<SessionState> {
  await startup.catch(() => undefined);
  return state;
}

/** The current access token once the session is known, for requests that cannot go through
 * api/authed.ts's `authedRequest` (the streamed submission events); null when signed out. */
export async function currentAccessToken(): Promise<string | null> {
  await sessionReady();
  return accessToken;
}
