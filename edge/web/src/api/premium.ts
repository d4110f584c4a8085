// Typed calls for premium gating (docs/api.md, "Premium"): a problem read as the reader may
// see it (the statement, or a premium problem's teaser), and the companies list.

import { authedRequest } from './authed';
import { ApiError } from './errors';
import { request } from './http';
import type { ProblemDetail, ProblemSummary } from './types';

/** What a reader who is not premium sees of a premium problem. */
export interface ProblemTeaser extends ProblemSummary {
  /** The statement's first paragraph. */
  excerpt: string;
}

export type ProblemRead = { kind: 'open'; problem: ProblemDetail } | { kind: 'locked'; teaser: ProblemTeaser };

/** One company of `GET /api/problems/companies` (premium members only). */
export interface CompanyCount {
  slug: string;
  name: string;
  problems: number;
}

/**
 * `GET /api/problems/:slug`: a premium member (`asPremium`, from the session's role) reads with
 * the bearer token and gets the statement and its companies, as the server decides; anyone else
 * reads the shared cached answer (a token that is not premium would change nothing), which for
 * a premium problem is a 403 `premium_required` carrying the teaser beside the error.
 */
export async function readProblem(slug: string, asPremium: boolean): Promise<ProblemRead> {
  const path = `/api/problems/${encodeURIComponent(slug)}`;
  try {
    const problem = asPremium ? await authedRequest<ProblemDetail>(path) : await request<ProblemDetail>(path);
    return { kind: 'open', problem };
  } catch (err) {
    const teaser = err instanceof ApiError && err.code === 'premium_required' ? (err.body as { teaser?: ProblemTeaser } | undefined)?.teaser : undefined;
    if (!teaser) throw err;
    return { kind: 'locked', teaser };
  }
}

export function listCompanies(signal?: AbortSignal): Promise<CompanyCount[]> {
  return authedRequest<CompanyCount[]>('/api/problems/companies', { signal });
}

/** Whether a role carries premium. The server decides every gate; this only picks what to show. */
export function hasPremium(role: string | undefined): boolean {
  return role === 'premium' || role === 'admin';
}
