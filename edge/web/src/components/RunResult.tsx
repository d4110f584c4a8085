// The Test Result tab: a run's overall verdict and runtime, live progress while it runs, then
// one tab per case with a pass/fail mark showing its input, output, expected output, stdout and
// stderr. A compile error (a run without cases) shows the compiler's message instead.

import { useState } from 'react';
import type { RunCase, Submission, SubmissionProgress } from '../api/types';
import { formatMemory, formatRuntime } from '../lib/format';
import { statusName, statusTone } from '../submissions/verdicts';
import { progressText } from './VerdictPanel';

export function RunResult({ run, progress }: { run: Submission; progress: SubmissionProgress | null }) {
  const s = !run.finished && progress ? { ...run, status: progress.status } : run;
  const cases = s.finished ? (s.cases ?? []) : [];
  return (
    <section className={`run-result tone-${statusTone(s.status)}`} data-testid="run-result" aria-live="polite">
      <div className="verdict-head">
        {!s.finished && <span className="spinner" aria-hidden="true" />}
        <span className="verdict" data-testid="run-verdict" data-submission-id={s.id} data-status={s.status} data-finished={String(s.finished)}>
          {statusName(s.status)}
        </span>
        {s.finished && s.runtime_ms != null && (
          <span className="muted small" data-testid="run-runtime">
            Runtime: {formatRuntime(s.runtime_ms)}
          </span>
        )}
      </div>
      {!s.finished && progress && <p className="verdict-progress">{progressText(progress)}</p>}
      {s.error_message && (
        <pre className="verdict-error" data-testid="run-error-message">
          {s.error_message}
        </pre>
      )}
      {cases.length > 0 && <RunCases cases={cases} />}
    </section>
  );
}

/** A case's mark: passed, failed, or merely ran (no expected output to compare with). */
function mark(c: RunCase): { symbol: string; tone: string } {
  if (c.status !== 'accepted') return { symbol: '✗', tone: 'bad' };
  return c.expected === undefined && !c.conversation ? { symbol: '•', tone: 'pending' } : { symbol: '✓', tone: 'ok' };
}

/** What a case shows: its input, output and expected output, or for a conversation with the judge what the judge said. */
function caseRows(c: RunCase): [string, string, string][] {
  if (c.conversation) return [['Judge', c.actual || 'The judge said nothing.', 'run-case-judge']];
  return [
    ['Input', c.input, 'run-case-input'],
    ['Output', c.actual, 'run-case-output'],
    ['Expected', c.expected ?? 'The reference solution could not answer this input.', 'run-case-expected'],
  ];
}

function RunCases({ cases }: { cases: RunCase[] }) {
  // Open on the first failing case: that is the one worth reading.
  const [picked, setPicked] = useState(() => Math.max(0, cases.findIndex((c) => c.status !== 'accepted')));
  const c = cases[Math.min(picked, cases.length - 1)];
  const rows = caseRows(c);
  if (c.stdout) rows.push(['Stdout', c.stdout, 'run-case-stdout']);
  if (c.stderr) rows.push(['Stderr', c.stderr, 'run-case-stderr']);

  return (
    <div className="run-cases">
      <div className="case-tabs">
        {cases.map((rc, i) => {
          const m = mark(rc);
          return (
            <button
              key={rc.number}
              type="button"
              className={`case-tab${rc === c ? ' active' : ''}`}
              data-testid={`run-case-tab-${rc.number}`}
              data-status={rc.status}
              onClick={() => setPicked(i)}
            >
              <span className={`case-mark tone-${m.tone}`} aria-hidden="true">
                {m.symbol}
              </span>
              Case {rc.number}
            </button>
          );
        })}
      </div>
      <div className="run-case" data-testid="run-case" data-number={c.number} data-status={c.status}>
        {/* The mark already says a wrong answer; how else a case failed (a crash, a time-out) is news. */}
        {c.status !== 'accepted' && c.status !== 'wrong_answer' && (
          <p className="run-case-status" data-testid="run-case-status">
            {statusName(c.status)}
          </p>
        )}
        {rows.map(([label, text, testId]) => (
          <div key={testId} className="run-case-row">
            <span className="run-case-label">{label}</span>
            <pre data-testid={testId} className={testId === 'run-case-expected' && c.expected === undefined ? 'muted' : undefined}>
              {text}
            </pre>
          </div>
        ))}
        <p className="muted small run-case-stats">
          {formatRuntime(c.runtime_ms)} · {formatMemory(c.memory_kb)}
        </p>
      </div>
    </div>
  );
}
