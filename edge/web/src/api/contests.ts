// Typed calls for contests (TRD §4.6): the list, one contest, registering and withdrawing.
// Shapes from algoarena_shared::contest_api (docs/api.md).

import { authedRequest } from './authed';
import { request } from './http';

export type ContestPhase = 'upcoming' | 'running' | 'ended';
export type ContestKind = 'weekly' | 'biweekly' | 'virtual';
export type ContestFormat = 'leetcode' | 'icpc' | 'ioi';

export interface ContestSummary {
  slug: string;
  title: string;
  kind: ContestKind;
  format: ContestFormat;
  rated: boolean;
  /** RFC 3339. */
  starts_at: string;
  ends_at: string;
  /** By the farm's clock when it answered. */
  phase: ContestPhase;
  registrants: number;
}

export interface ContestPage {
  items: ContestSummary[];
  page: number;
  per_page: number;
  total: number;
}

export interface ContestProblemEntry {
  /** A, B, C... */
  letter: string;
  slug: string;
  title: string;
  points: number;
}

export interface ContestDetail extends ContestSummary {
  /** Empty before the start (except for the contest's setters). */
  problems: ContestProblemEntry[];
  /** False for an anonymous caller. */
  registered: boolean;
}

export function listContests(page: number, perPage: number, signal?: AbortSignal): Promise<ContestPage> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return request<ContestPage>(`/api/contests?${q}`, { signal });
}

export function getContest(slug: string, signedIn: boolean, signal?: AbortSignal): Promise<ContestDetail> {
  const path = `/api/contests/${encodeURIComponent(slug)}`;
  return signedIn ? authedRequest<ContestDetail>(path, { signal }) : request<ContestDetail>(path, { signal });
}

export function registerForContest(slug: string): Promise<void> {
  return authedRequest<void>(`/api/contests/${encodeURIComponent(slug)}/register`, { method: 'POST', body: {} });
}

export function unregisterFromContest(slug: string): Promise<void> {
  return authedRequest<void>(`/api/contests/${encodeURIComponent(slug)}/unregister`, { method: 'POST', body: {} });
}
