// The review queue and the calibrated difficulty (docs/api.md "Review queue"): the signed-in
// user's spaced-repetition deck, a review's rating, and their chance of solving a problem.
// Shapes mirror shared/src/reviews.rs.

import { authedRequest } from './authed';
import type { Difficulty } from './types';

export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

export const REVIEW_RATINGS: readonly ReviewRating[] = ['again', 'hard', 'good', 'easy'];

export interface ReviewItem {
  slug: string;
  title: string;
  difficulty: Difficulty;
  /** RFC 3339, UTC; computed by the server. */
  due_at: string;
  is_due: boolean;
  last_reviewed_at: string;
  last_rating: ReviewRating;
  reps: number;
  lapses: number;
  memory: { stability: number; difficulty: number };
}

export interface ReviewDeck {
  due_count: number;
  items: ReviewItem[];
}

export interface SolveChance {
  slug: string;
  /** From 0 to 1. */
  chance: number;
  problem_rating: number;
  user_rating: number;
  problem_attempts: number;
  user_attempts: number;
}

export function getReviews(): Promise<ReviewDeck> {
  return authedRequest<ReviewDeck>('/api/users/me/reviews');
}

export function reviewProblem(slug: string, rating: ReviewRating): Promise<ReviewItem> {
  return authedRequest<ReviewItem>(`/api/users/me/reviews/${encodeURIComponent(slug)}`, { method: 'POST', body: { rating } });
}

export function dropReview(slug: string): Promise<void> {
  return authedRequest<void>(`/api/users/me/reviews/${encodeURIComponent(slug)}`, { method: 'DELETE' });
}

export function getChance(slug: string): Promise<SolveChance> {
  return authedRequest<SolveChance>(`/api/problems/${encodeURIComponent(slug)}/chance`);
}

/** "63%": a chance as a whole percentage. */
export function percent(chance: number): string {
  return `${Math.round(chance * 100)}%`;
}
