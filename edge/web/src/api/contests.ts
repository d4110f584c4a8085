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

// Results, virtual runs and rejudges (docs/api.md).

export interface Total { points: number; penalty: number }
export interface Cell { solved_at: number | null; rejected: number; best_score: number; pending: number }
export interface BoardRow { rank: number; username: string; total: Total; cells: Cell[] }

export interface ResultRow extends BoardRow {
  /** Null when the player was not rated here (unrated contest, not finalised, no submission). */
  old_rating: number | null;
  new_rating: number | null;
}

export interface ContestResults extends ContestSummary {
  problems: ContestProblemEntry[];
  finalised: boolean;
  rows: ResultRow[];
  page: number;
  per_page: number;
  total: number;
}

export function getResults(slug: string, page: number, perPage: number, signal?: AbortSignal): Promise<ContestResults> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return request<ContestResults>(`/api/contests/${encodeURIComponent(slug)}/results?${q}`, { signal });
}

export interface VirtualRun {
  contest_slug: string;
  started_at: string;
  ends_at: string;
  elapsed_secs: number;
  finished: boolean;
}

export interface VirtualRow extends BoardRow { virtual_entry: boolean }

export interface VirtualStanding {
  run: VirtualRun;
  problems: ContestProblemEntry[];
  me: VirtualRow | null;
  rows: VirtualRow[];
  page: number;
  per_page: number;
  total: number;
}

export function startVirtual(slug: string): Promise<VirtualRun> {
  return authedRequest<VirtualRun>(`/api/contests/${encodeURIComponent(slug)}/virtual`, { method: 'POST', body: {} });
}

export function getVirtual(slug: string, page: number, perPage: number, signal?: AbortSignal): Promise<VirtualStanding> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return authedRequest<VirtualStanding>(`/api/contests/${encodeURIComponent(slug)}/virtual?${q}`, { signal });
}

/** GET /api/contests/:slug/my-rank: the caller's own row among the public board. */
export interface MyRank {
  /** Null before the caller's first verdict. */
  row: BoardRow | null;
  participants: number;
  /** Rated contests: the change if the contest ended now (from the frozen board during a freeze). */
  predicted_rating_change: number | null;
}

export function getMyRank(slug: string, signal?: AbortSignal): Promise<MyRank> {
  return authedRequest<MyRank>(`/api/contests/${encodeURIComponent(slug)}/my-rank`, { signal });
}

export interface RatingHistoryEntry {
  contest_slug: string;
  contest_title: string;
  rank: number;
  old_rating: number;
  new_rating: number;
  /** When the contest ended (RFC 3339). */
  at: string;
}

export interface RatingHistory {
  username: string;
  rating: number;
  entries: RatingHistoryEntry[];
}

export function getRatingHistory(username: string): Promise<RatingHistory> {
  return request<RatingHistory>(`/api/users/${encodeURIComponent(username)}/rating-history`);
}
