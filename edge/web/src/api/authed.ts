// Requests as the signed-in user. api/ knows nothing about sessions: the session module
// (auth/session.ts) lends its access token and its refresh through `setTokenSource`, so the
// imports run one way only (auth -> api).

import { ApiError } from './errors';
import { request, type RequestOptions } from './http';

/** Where authenticated requests get their bearer token. */
export interface TokenSource {
  /** Resolves once the session restored on load is known (signed in or not). */
  ready(): Promise<unknown>;
  /** The access token now; null when signed out. */
  token(): string | null;
  /** Gets a new access token; resolves to whether we are (still) signed in. */
  refresh(): Promise<boolean>;
}

// Until a session registers, nobody is signed in.
let source: TokenSource | undefined;

/** Installs the session whose token `authedRequest` sends (auth/session.ts, on start). */
export function setTokenSource(next: TokenSource) {
  source = next;
}

/** A request with the bearer token; after a 401 it refreshes once and retries once. */
export async function authedRequest<T>(path: string, opts: Omit<RequestOptions, 'token'> = {}): Promise<T> {
  await source?.ready();
  const token = source?.token();
  if (!source || !token) throw new ApiError(401, 'unauthorized', 'Please log in first.');
  try {
    return await request<T>(path, { ...opts, token });
  } catch (err) {
    // A 401 means nothing was done, so the retry is safe even for a POST. It happens when the
    // token expired while the laptop slept and the scheduled refresh never ran.
    if (!(err instanceof ApiError && err.status === 401)) throw err;
    if (!(await source.refresh())) throw err;
    return request<T>(path, { ...opts, token: source.token() });
  }
}

/** The access token once the restored session is known (null when signed out), for a
 *  WebSocket, which cannot send an Authorization header (contests/useContestRoom.ts). */
export async function currentToken(): Promise<string | null> {
  await source?.ready();
  return source?.token() ?? null;
}

/** A fresh access token after the server said the last one expired (a room socket closed
 *  with code 4001): refreshes, then returns the new token (null when signed out). */
export async function refreshedToken(): Promise<string | null> {
  await source?.ready();
  if (!source || !(await source.refresh())) return null;
  return source.token();
}
