// The result of the latest submission: the verdict in large type, then its numbers and any
// compiler or runtime output.

import type { Submission } from '../api/types';
import { formatMemory, formatRuntime } from '../lib/format';
import { statusName, statusTone } from '../submissions/verdicts';

export function VerdictPanel({ submission }: { submission: Submission }) {
  const tone = statusTone(submission.status);
  const s = submission;
  return (
    <section className={`verdict-panel tone-${tone}`} data-testid="verdict-panel" aria-live="polite">
      <div className="verdict-head">
        {!s.finished && <span className="spinner" aria-hidden="true" />}
        <span
          className="verdict"
          data-testid="verdict"
          data-submission-id={s.id}
          data-status={s.status}
          data-finished={String(s.finished)}
        >
          {statusName(s.status)}
        </span>
      </div>
      {s.finished && (
        <dl className="verdict-stats">
          {s.test_cases_total != null && (
            <div>
              <dt>Tests passed</dt>
              <dd data-testid="verdict-tests">
                {s.test_cases_passed ?? 0} / {s.test_cases_total}
              </dd>
            </div>
          )}
          {s.runtime_ms != null && (
            <div>
              <dt>Runtime</dt>
              <dd data-testid="verdict-runtime">{formatRuntime(s.runtime_ms)}</dd>
            </div>
          )}
          {s.memory_kb != null && (
            <div>
              <dt>Memory</dt>
              <dd data-testid="verdict-memory">{formatMemory(s.memory_kb)}</dd>
            </div>
          )}
        </dl>
      )}
      {s.error_message && (
        <pre className="verdict-error" data-testid="verdict-error">
          {s.error_message}
        </pre>
      )}
    </section>
  );
}
