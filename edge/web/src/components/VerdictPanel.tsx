// The result of the latest submission: the verdict in large type, live progress while it is
// judged ("Judging: test 7 of 42"; a contest submission's "Judging: test 7"), then its numbers (a scored problem's "Score 40 / 100" first)
// and any compiler or runtime output.

import type { FailedTest, Submission, SubmissionProgress } from '../api/types';
import { formatMemory, formatRuntime } from '../lib/format';
import { statusName, statusTone } from '../submissions/verdicts';

/** What the judge is doing, from the latest progress event. */
export function progressText(p: SubmissionProgress): string {
  if (p.status === 'queued') return 'Waiting for a judge…';
  if (p.test === 0) return 'Compiling…';
  return p.total == null ? `Judging: test ${p.test}` : `Judging: test ${p.test} of ${p.total}`;
}

export function VerdictPanel({ submission, progress }: { submission: Submission; progress?: SubmissionProgress | null }) {
  // Progress only moves an unfinished submission forward (queued -> judging), never a verdict.
  const s = !submission.finished && progress ? { ...submission, status: progress.status } : submission;
  const tone = statusTone(s.status);
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
      {!s.finished && progress && (
        <p className="verdict-progress" data-testid="verdict-progress" data-test={progress.test} data-total={progress.total}>
          {progressText(progress)}
        </p>
      )}
      {s.finished && (
        <dl className="verdict-stats">
          {s.score != null && s.max_score != null && (
            <div>
              <dt>Score</dt>
              <dd data-testid="verdict-score">
                {formatScore(s.score)} / {formatScore(s.max_score)}
              </dd>
            </div>
          )}
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
      {s.finished && s.failed_test && <FailedTestView test={s.failed_test} />}
    </section>
  );
}

/** Points as a person writes them: 40, or 12.5 (at most two decimals). */
function formatScore(points: number): string {
  return String(Math.round(points * 100) / 100);
}

/**
 * The failed test, whole: what went in, what was expected, what came out; for a conversation
 * with an interactive problem's judge (whose test files are its own), what the judge said.
 */
function FailedTestView({ test }: { test: FailedTest }) {
  const rows: [string, string, string][] = test.conversation
    ? [['Judge', test.actual || 'The judge said nothing.', 'failed-judge']]
    : [
        ['Input', test.input, 'failed-input'],
        ['Expected', test.expected, 'failed-expected'],
        ['Output', test.actual, 'failed-actual'],
      ];
  if (test.stdout) rows.push(['Stdout', test.stdout, 'failed-stdout']);
  return (
    <div className="failed-test" data-testid="failed-test" data-number={test.number}>
      <h3>Test {test.number}</h3>
      {rows.map(([label, text, testId]) => (
        <div key={testId} className="failed-test-row">
          <span className="failed-test-label">{label}</span>
          <pre data-testid={testId}>{text}</pre>
        </div>
      ))}
    </div>
  );
}
