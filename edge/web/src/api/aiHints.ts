// Typed calls for AI hints (docs/api.md, "AI hints"): the day's allowance, and a hint on the
// code in the editor and the latest verdict. Premium only; the server decides who is.

import { authedRequest } from './authed';

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
