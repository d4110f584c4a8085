// Typed calls for practice: the filtered problem list, the tag catalogue, the daily problem and
// problem sets. Each read works anonymously; with `signedIn` it goes with the bearer token, and
// the answer carries the reader's marks (solved / attempted), daily streak or set progress.

import { authedRequest } from './authed';
import { ApiError } from './errors';
import { request } from './http';
import type { ProblemPage, ProblemSummary } from './types';

/** One tag of `GET /api/problems/tags`, with how many published problems carry it. */
export interface TagCount {
  slug: string;
  name: string;
  problems: number;
}

/** `GET /api/problems/daily`: today's problem (UTC); the streak and `solved` only when signed in. */
export interface DailyProblem {
  /** The UTC day, YYYY-MM-DD. */
  date: string;
  problem: ProblemSummary;
  daily_streak?: number;
  solved?: boolean;
}

/** A curated problem set in `GET /api/problems/sets`; `solved` only when signed in. */
export interface ProblemSetSummary {
  slug: string;
  title: string;
  description: string;
  problems: number;
  /** A premium set's list is for premium members (issue 14). */
  is_premium: boolean;
  solved?: number;
}

/** `GET /api/problems/sets/:slug`: the set's problems in order (with marks when signed in). */
export interface ProblemSetDetail {
  slug: string;
  title: string;
  description: string;
  is_premium: boolean;
  items: ProblemSummary[];
  solved?: number;
}

/** What a reader who is not premium gets of a premium set (beside the 403 `premium_required`). */
export interface SetTeaser {
  slug: string;
  title: string;
  description: string;
  problems: number;
}

/** A set as one reader may see it: its list, or a premium set's teaser. */
export type SetView = { kind: 'open'; set: ProblemSetDetail } | { kind: 'locked'; teaser: SetTeaser };

function read<T>(path: string, signedIn: boolean, signal?: AbortSignal): Promise<T> {
  return signedIn ? authedRequest<T>(path, { signal }) : request<T>(path, { signal });
}

/** `query` holds the list's public parameters as they stand in the page's own URL. */
export function listProblems(query: URLSearchParams, signedIn: boolean, signal?: AbortSignal): Promise<ProblemPage> {
  return read<ProblemPage>(`/api/problems?${query}`, signedIn, signal);
}

export function listTags(): Promise<TagCount[]> {
  return request<TagCount[]>('/api/problems/tags');
}

export function getDailyProblem(signedIn: boolean, signal?: AbortSignal): Promise<DailyProblem> {
  return read<DailyProblem>('/api/problems/daily', signedIn, signal);
}

export function listProblemSets(signedIn: boolean, signal?: AbortSignal): Promise<ProblemSetSummary[]> {
  return read<ProblemSetSummary[]>('/api/problems/sets', signedIn, signal);
}

export function getProblemSet(slug: string, signedIn: boolean, signal?: AbortSignal): Promise<ProblemSetDetail> {
  return read<ProblemSetDetail>(`/api/problems/sets/${encodeURIComponent(slug)}`, signedIn, signal);
}

/** Like getProblemSet, with a premium set's 403 teaser as an answer rather than a failure. */
export function viewProblemSet(slug: string, signedIn: boolean, signal?: AbortSignal): Promise<SetView> {
  return getProblemSet(slug, signedIn, signal).then(
    (set): SetView => ({ kind: 'open', set }),
    (err: unknown) => {
      const teaser = err instanceof ApiError && err.code === 'premium_required' ? (err.body as { teaser?: SetTeaser } | undefined)?.teaser : undefined;
      if (teaser) return { kind: 'locked', teaser };
      throw err;
    },
  );
}
