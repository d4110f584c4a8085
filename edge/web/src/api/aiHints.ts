// Typed calls for AI hints (docs/api.md, "AI hints"): the day's allowance, and a hint on the
// code in the editor and the latest verdict. Premium only; the server decides who is.

import { authedRequest } from './authed';
import { request } from './http';

export interface AiHintQuota {
  /** Whether the caller may ask at all; when false, `remaining` is 0. */
  premium: boolean;
  limit: number;
  remaining: number;
  window_secs: number;
  /** Seconds until the oldest hint in the window stops counting. */
  next_free_in_secs?: number;
}

export interface AiHint {
  hint: string;
  provider: 'local' | 'openai' | 'anthropic';
  hint_tier?: number;
  quota: AiHintQuota;
}

export function getAiHintQuota(): Promise<AiHintQuota> {
  return authedRequest('/api/ai-hints/quota');
}

export function askAiHint(slug: string, language: string, code: string): Promise<AiHint> {
  return authedRequest(`/api/problems/${encodeURIComponent(slug)}/ai-hint`, { method: 'POST', body: { language, code } });
}

/** The allowance premium gives (`limit` per `window_secs`), read without a token: what the
 * pricing page promises comes from the server's settings, not from this app. */
export function getAiHintAllowance(): Promise<AiHintQuota> {
  return request('/api/ai-hints/quota');
}

/** "10 a day", "5 every 12 hours": an allowance in words. */
export function allowanceText(q: Pick<AiHintQuota, 'limit' | 'window_secs'>): string {
  if (q.window_secs === 86_400) return `${q.limit} a day`;
  if (q.window_secs % 3600 === 0) return `${q.limit} every ${q.window_secs / 3600} hours`;
  return `${q.limit} every ${Math.round(q.window_secs / 60)} minutes`;
}
