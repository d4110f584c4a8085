// Typed calls for the public API's non-auth routes (auth's calls live in auth/session.ts and
// auth/account.ts).

import { authedRequest } from './authed';
import { request } from './http';
import type { Difficulty, Language, ProblemDetail, ProblemPage, Submission, SubmissionPage } from './types';

export function listLanguages(): Promise<Language[]> {
  return request<Language[]>('/api/languages');
}

export function listProblems(page: number, perPage: number, difficulty: Difficulty | null): Promise<ProblemPage> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  if (difficulty) q.set('difficulty', difficulty);
  return request<ProblemPage>(`/api/problems?${q}`);
}

export function getProblem(slug: string): Promise<ProblemDetail> {
  return request<ProblemDetail>(`/api/problems/${encodeURIComponent(slug)}`);
}

/** `contestSlug`: the contest (or the virtual run of a past one) the submit is for. */
export function submitSolution(problemSlug: string, language: string, code: string, contestSlug?: string): Promise<Submission> {
  return authedRequest<Submission>('/api/submissions/submit', {
    method: 'POST',
    body: contestSlug ? { problem_slug: problemSlug, language, code, contest_slug: contestSlug } : { problem_slug: problemSlug, language, code },
  });
}

/**
 * Runs code on the problem's sample tests, or on `inputs` (1 to 10; for a function problem each
 * a JSON argument line) whose expected outputs the reference solution produces.
 */
export function runSolution(problemSlug: string, language: string, code: string, inputs?: string[]): Promise<Submission> {
  return authedRequest<Submission>('/api/submissions/run', {
    method: 'POST',
    body: { problem_slug: problemSlug, language, code, ...(inputs ? { inputs } : {}) },
  });
}

export function getSubmission(id: string, signal?: AbortSignal): Promise<Submission> {
  return authedRequest<Submission>(`/api/submissions/${encodeURIComponent(id)}`, { signal });
}

/** The signed-in user's submissions for one problem (slug or id), newest first. */
export function listProblemSubmissions(problem: string, page: number, perPage: number, signal?: AbortSignal): Promise<SubmissionPage> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return authedRequest<SubmissionPage>(`/api/submissions/problem/${encodeURIComponent(problem)}?${q}`, { signal });
}

/** All the signed-in user's submissions, newest first. */
export function listSubmissions(page: number, perPage: number, signal?: AbortSignal): Promise<SubmissionPage> {
  const q = new URLSearchParams({ page: String(page), per_page: String(perPage) });
  return authedRequest<SubmissionPage>(`/api/submissions?${q}`, { signal });
}
