// Follows a submission live over GET /api/submissions/:id/events (Server-Sent Events).
//
// EventSource cannot send the Authorization header, and an access token in a URL would end up
// in logs and history, so the stream is read with fetch: the same bearer token as every other
// call, and the body parsed as SSE here.

import { ApiError, errorFromResponse } from '../api/errors';
import type { Submission, SubmissionProgress } from '../api/types';
import { currentAccessToken, refreshSession } from '../auth/session';

interface SseEvent {
  event: string;
  data: string;
}

/** Splits SSE text into complete events; returns them and the unfinished rest. */
export function parseSse(buffer: string): { events: SseEvent[]; rest: string } {
  const events: SseEvent[] = [];
  const blocks = buffer.replace(/\r\n/g, '\n').split('\n\n');
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data: string[] = [];
    for (const line of block.split('\n')) {
      if (line.startsWith(':')) continue; // a keep-alive comment
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length) events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

async function open(id: string, signal: AbortSignal): Promise<Response> {
  const path = `/api/submissions/${encodeURIComponent(id)}/events`;
  for (let attempt = 0; ; attempt++) {
    const token = await currentAccessToken();
    if (!token) throw new ApiError(401, 'unauthorized', 'Please log in first.');
    const res = await fetch(path, {
      headers: { Accept: 'text/event-stream', Authorization: `Bearer ${token}` },
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    });
    if (res.ok && res.body) return res;
    // An expired token: refresh once and retry, as authedRequest does.
    if (res.status === 401 && attempt === 0 && (await refreshSession())) continue;
    throw await errorFromResponse(res);
  }
}

/**
 * Streams a submission's progress to `onProgress` and resolves with its verdict. Rejects when
 * the stream cannot be opened or ends without a verdict; the caller then falls back to polling.
 */
export async function followSubmission(
  id: string,
  onProgress: (progress: SubmissionProgress) => void,
  signal: AbortSignal,
): Promise<Submission> {
  const res = await open(id, signal);
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  try {
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      const parsed = parseSse(buffer + value);
      buffer = parsed.rest;
      for (const e of parsed.events) {
        if (e.event === 'progress') onProgress(JSON.parse(e.data) as SubmissionProgress);
        else if (e.event === 'verdict') return JSON.parse(e.data) as Submission;
      }
    }
  } finally {
    reader.cancel().catch(() => undefined);
  }
  throw new ApiError(0, 'stream_ended', 'The live view ended before the verdict.');
}
