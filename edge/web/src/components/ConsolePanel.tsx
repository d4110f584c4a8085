// The panel under the editor, as on LeetCode: "Testcase" (the editable inputs Run uses; none for
// an interactive problem), "Test Result" (the latest run) and, once something was submitted,
// "Submission" (the latest submission's verdict). Run and Submit each have their own tab, so
// neither hides the other.

import type { Submission, SubmissionProgress } from '../api/types';
import type { useTestCases } from '../problems/useTestCases';
import { ErrorMessage } from './ErrorMessage';
import { RunResult } from './RunResult';
import { TestCaseEditor } from './TestCaseEditor';
import { VerdictPanel } from './VerdictPanel';

export type ConsoleTab = 'testcase' | 'result' | 'submission';

/** The state of one follower (useRun or useSubmission). */
export interface Judged {
  submission: Submission | null;
  progress: SubmissionProgress | null;
  error: string | null;
  busy: boolean;
}

interface ConsolePanelProps {
  tab: ConsoleTab;
  onTab: (tab: ConsoleTab) => void;
  testCases: ReturnType<typeof useTestCases>;
  /** An interactive problem: Run plays the sample tests against the judge, no inputs to edit. */
  interactive: boolean;
  run: Judged;
  submitted: Judged;
}

export function ConsolePanel({ tab, onTab, testCases, interactive, run, submitted }: ConsolePanelProps) {
  const hasSubmission = Boolean(submitted.submission || submitted.error || submitted.busy);
  const tabs: [ConsoleTab, string][] = [
    ['testcase', 'Testcase'],
    ['result', 'Test Result'],
  ];
  if (hasSubmission) tabs.push(['submission', 'Submission']);

  return (
    <section className="console" data-testid="console">
      <div className="console-tabs" role="tablist">
        {tabs.map(([id, label]) => (
          <button key={id} type="button" role="tab" aria-selected={tab === id} className={tab === id ? 'tab active' : 'tab'} data-testid={`console-tab-${id}`} onClick={() => onTab(id)}>
            {label}
          </button>
        ))}
      </div>
      <div className="console-body">
        {tab === 'testcase' &&
          (interactive ? (
            <p className="muted small hint" data-testid="testcase-interactive">
              This problem is interactive: Run plays its sample tests against the judge, which holds their data, so there are no inputs to edit.
            </p>
          ) : (
            <TestCaseEditor testCases={testCases} />
          ))}
        {tab === 'result' && <RunView run={run} />}
        {tab === 'submission' && (
          <>
            <ErrorMessage message={submitted.error} testId="submit-error" />
            {submitted.submission && <VerdictPanel submission={submitted.submission} progress={submitted.progress} />}
            {submitted.busy && !submitted.submission && <p className="muted small hint">Submitting…</p>}
          </>
        )}
      </div>
    </section>
  );
}

function RunView({ run }: { run: Judged }) {
  if (run.error) return <ErrorMessage message={run.error} testId="run-error" />;
  // A new run's result starts on its first failing case, so each run gets a fresh view.
  if (run.submission) return <RunResult key={run.submission.id} run={run.submission} progress={run.progress} />;
  if (run.busy) return <p className="muted small hint">Starting the run…</p>;
  return (
    <p className="muted small hint" data-testid="run-empty">
      Run your code on the test cases (Ctrl+') to see each case's output here. Submit (Ctrl+Enter) judges it on the hidden tests.
    </p>
  );
}
