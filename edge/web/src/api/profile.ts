// The users API (docs/api.md "Users"): one's profile and its edit, public profiles, and the
// dashboard's progress views. Shapes mirror shared/src/user_profile.rs.

import { authedRequest } from './authed';
import { request } from './http';
import type { Difficulty, User } from './types';

export interface MyProfile extends User {
  bio: string | null;
  location: string | null;
  time_zone: string;
  links: string[];
  avatar_url: string | null;
}

export interface ProfileEdit {
  username?: string;
  display_name?: string;
  bio?: string;
  location?: string;
  time_zone?: string;
  links: string[];
}

export interface DifficultyCount {
  difficulty: Difficulty;
  solved: number;
  total: number;
}

export interface PublicProfile {
  username: string;
  display_name: string | null;
  bio: string | null;
  location: string | null;
  links: string[];
  avatar_url: string | null;
  rating: number;
  rated_contests: number;
  solved: DifficultyCount[];
  recent_solves: { slug: string; title: string; difficulty: Difficulty; solved_at: string }[];
  badges: { id: string; name: string }[];
  joined_at: string;
}

export interface UserStats {
  solved: DifficultyCount[];
  total_solved: number;
  total_problems: number;
  submissions: number;
  accepted_submissions: number;
  acceptance_rate: number;
  tags: { tag: string; slug: string; solved: number; total: number }[];
  languages: { language: string; solved: number; submissions: number }[];
}

export interface Streak {
  current: number;
  longest: number;
  last_active_date: string | null;
  today: string;
  solved_today: boolean;
  time_zone: string;
}

export interface Heatmap {
  time_zone: string;
  from: string;
  to: string;
  days: { date: string; accepted: number }[];
}

export interface Recommendations {
  target_difficulty: Difficulty;
  /** `chance`: the caller's chance of solving it (0 to 1), from the calibrated difficulty. */
  items: { slug: string; title: string; difficulty: Difficulty; tags: string[]; is_premium: boolean; reason: string; chance: number }[];
}

export function getMyProfile(): Promise<MyProfile> {
  return authedRequest<MyProfile>('/api/users/me');
}

export function updateMyProfile(edit: ProfileEdit): Promise<MyProfile> {
  return authedRequest<MyProfile>('/api/users/me', { method: 'PUT', body: edit });
}

export function getPublicProfile(username: string): Promise<PublicProfile> {
  return request<PublicProfile>(`/api/users/${encodeURIComponent(username)}`);
}

export function getStats(): Promise<UserStats> {
  return authedRequest<UserStats>('/api/users/me/stats');
}

export function getStreak(): Promise<Streak> {
  return authedRequest<Streak>('/api/users/me/streak');
}

export function getHeatmap(): Promise<Heatmap> {
  return authedRequest<Heatmap>('/api/users/me/heatmap');
}

export function getRecommendations(): Promise<Recommendations> {
  return authedRequest<Recommendations>('/api/users/me/recommendations');
}

/** Uploads a picture (PNG, JPEG or WebP, at most 2 MB); the server re-encodes it to 256×256. */
export function uploadAvatar(imageBase64: string): Promise<{ avatar_url: string }> {
  return authedRequest<{ avatar_url: string }>('/api/users/me/avatar', { method: 'POST', body: { image: imageBase64 } });
}
