// Human names and colours for submission statuses (the same names as shared/src/verdict.rs).

import type { SubmissionStatus } from '../api/types';

const NAMES: Record<SubmissionStatus, string> = {
  queued: 'In queue',
  judging: 'Judging',
  accepted: 'Accepted',
  wrong_answer: 'Wrong Answer',
  time_limit_exceeded: 'Time Limit Exceeded',
  memory_limit_exceeded: 'Memory Limit Exceeded',
  runtime_error: 'Runtime Error',
  compile_error: 'Compile Error',
  output_limit_exceeded: 'Output Limit Exceeded',
  internal_error: 'Internal Error',
};

export function statusName(status: SubmissionStatus): string {
  // A status added on the server before this app knows it still shows something readable.
  return NAMES[status] ?? status.replace(/_/g, ' ');
}

/** pending: still running; ok: accepted; bad: the code's fault; system: the judge's fault. */
export type Tone = 'pending' | 'ok' | 'bad' | 'system';

export function statusTone(status: SubmissionStatus): Tone {
  if (status === 'queued' || status === 'judging') return 'pending';
  if (status === 'accepted') return 'ok';
  if (status === 'internal_error') return 'system';
  return 'bad';
}
