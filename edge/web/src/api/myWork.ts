// Typed calls for "keep your work" (docs/api.md): drafts, bookmarks, notes, hints, the
// editorial and the signed-in user's own submission list. All of them act as the signed-in
// user, so all go through authedRequest.

import { authedRequest } from './authed';
import type { ProblemSummary, Submission } from './types';

export interface Draft {
  problem_slug: string;
  language: string;
  code: string;
  /** The server's clock (RFC 3339): the last write wins. */
  updated_at: string;
}

export interface Bookmark {
  problem: ProblemSummary;
  bookmarked_at: string;
}

export interface Page<T> {
  items: T[];
  page: number;
  per_page: number;
  total: number;
}

export interface Note {
  problem_slug: string;
  text: string;
  updated_at: string | null;
}

export interface HintTier {
  tier: number;
  is_premium: boolean;
  locked: boolean;
  body: string | null;
}

export interface Editorial {
  problem_slug: string;
  body: string;
  solved: boolean;
}

export type MySubmission = Submission & { problem_title: string };

export interface MySubmissionFilters {
  problem?: string;
  status?: string;
  language?: string;
}

const problemPath = (slug: string) => `/api/problems/${encodeURIComponent(slug)}`;

export function listDrafts(slug: string): Promise<{ items: Draft[] }> {
  return authedRequest(`${problemPath(slug)}/drafts`);
}

export function putDraft(slug: string, language: string, code: string): Promise<Draft> {
  return authedRequest(`${problemPath(slug)}/drafts/${encodeURIComponent(language)}`, { method: 'PUT', body: { code } });
}

export function getBookmark(slug: string): Promise<{ bookmarked: boolean }> {
  return authedRequest(`${problemPath(slug)}/bookmark`);
}

export function toggleBookmark(slug: string): Promise<{ bookmarked: boolean }> {
  return authedRequest(`${problemPath(slug)}/bookmark`, { method: 'POST', body: {} });
}

export function listBookmarks(page: number, perPage: number): Promise<Page<Bookmark>> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return authedRequest(`/api/users/me/bookmarks?${q}`);
}

export function getNote(slug: string): Promise<Note> {
  return authedRequest(`${problemPath(slug)}/note`);
}

export function putNote(slug: string, text: string): Promise<Note> {
  return authedRequest(`${problemPath(slug)}/note`, { method: 'PUT', body: { text } });
}

export function listHints(slug: string): Promise<{ items: HintTier[] }> {
  return authedRequest(`${problemPath(slug)}/hints`);
}

export function getEditorial(slug: string, confirmUnsolved: boolean): Promise<Editorial> {
  return authedRequest(`${problemPath(slug)}/editorial${confirmUnsolved ? '?confirm_unsolved=true' : ''}`);
}

export function listMySubmissions(page: number, perPage: number, filters: MySubmissionFilters): Promise<Page<MySubmission>> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  for (const name of ['problem', 'status', 'language'] as const) {
    const value = filters[name];
    if (value) q.set(name, value);
  }
  return authedRequest(`/api/users/me/submissions?${q}`);
}
