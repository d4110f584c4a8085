// Typed calls for community solutions (docs/api.md, "Community solutions"). Reading works
// signed out too; a signed-in reader reads with their token so each solution says how they
// voted. Sharing, editing, deleting and voting act as the signed-in user.

import { authedRequest } from './authed';
import { request } from './http';
import type { Page } from './myWork';

export type Vote = 'up' | 'down';
export type SolutionSort = 'votes' | 'newest';

export interface SolutionSummary {
  id: string;
  problem_slug: string;
  author: string;
  title: string;
  language: string;
  votes: number;
  my_vote: Vote | null;
  mine: boolean;
  created_at: string;
  updated_at: string;
}

export interface Solution extends SolutionSummary {
  code: string;
  /** Markdown, rendered sanitized. */
  explanation: string;
}

export interface VoteState {
  votes: number;
  my_vote: Vote | null;
}

export interface SolutionQuery {
  page: number;
  perPage: number;
  sort: SolutionSort;
  language: string | null;
}

/** The limits the server checks (shared::solutions), checked here too so the form says so. */
export const MAX_TITLE_CHARS = 120;
export const MAX_EXPLANATION_BYTES = 16 * 1024;

const solutionsPath = (slug: string) => `/api/problems/${encodeURIComponent(slug)}/solutions`;
const solutionPath = (slug: string, id: string) => `${solutionsPath(slug)}/${encodeURIComponent(id)}`;

function read<T>(path: string, signedIn: boolean): Promise<T> {
  return signedIn ? authedRequest<T>(path) : request<T>(path);
}

export function listSolutions(slug: string, query: SolutionQuery, signedIn: boolean): Promise<Page<SolutionSummary>> {
  const q = new URLSearchParams({ page: String(query.page), per_page: String(query.perPage), sort: query.sort });
  if (query.language) q.set('language', query.language);
  return read(`${solutionsPath(slug)}?${q}`, signedIn);
}

export function getSolution(slug: string, id: string, signedIn: boolean): Promise<Solution> {
  return read(solutionPath(slug, id), signedIn);
}

export function shareSolution(slug: string, submissionId: string, title: string, explanation: string): Promise<Solution> {
  return authedRequest(solutionsPath(slug), { method: 'POST', body: { submission_id: submissionId, title, explanation } });
}

export function editSolution(slug: string, id: string, edit: { title?: string; explanation?: string }): Promise<Solution> {
  return authedRequest(solutionPath(slug, id), { method: 'PATCH', body: edit });
}

export function deleteSolution(slug: string, id: string): Promise<void> {
  return authedRequest(solutionPath(slug, id), { method: 'DELETE' });
}

/** Casts or changes the caller's vote; `null` withdraws it. */
export function voteOnSolution(slug: string, id: string, vote: Vote | null): Promise<VoteState> {
  const path = `${solutionPath(slug, id)}/vote`;
  return vote ? authedRequest(path, { method: 'PUT', body: { vote } }) : authedRequest(path, { method: 'DELETE' });
}
