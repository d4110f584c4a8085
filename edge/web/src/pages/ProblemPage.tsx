// A problem: its statement on the left (and, on a tab beside it, the user's past submissions);
// on the right the language picker, the editor (pre-filled with the starter code), the Run and
// Submit buttons, and under the editor the test cases, the run's results and the verdict.

import { lazy, Suspense, useReducer, useState } from 'react';
import { getProblem, listLanguages } from '../api/endpoints';
import { sessionReady } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ConsolePanel, type ConsoleTab } from '../components/ConsolePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { defaultLanguage, LanguageSelect } from '../components/LanguageSelect';
import { ProblemStatement } from '../components/ProblemStatement';
import { SubmissionHistory } from '../components/SubmissionHistory';
import { useAsync } from '../lib/useAsync';
import { getDraft, preferredLanguage, rememberLanguage, saveDraft } from '../problems/drafts';
import { customInputs, useTestCases } from '../problems/useTestCases';
import { navigate } from '../router/router';
import { useRun, useSubmission } from '../submissions/useSubmission';

// Monaco is most of the bundle; only this page needs it.
const CodeEditor = lazy(() => import('../components/CodeEditor'));

export function ProblemPage({ slug }: { slug: string }) {
  const problem = useAsync(() => getProblem(slug), [slug]);
  const languages = useAsync(listLanguages, []);
  const session = useSession();
  const { submit, ...submitted } = useSubmission();
  const { run, ...ran } = useRun();
  const testCases = useTestCases(slug, problem.data?.samples ?? []);
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>('testcase');
  const busy = submitted.busy || ran.busy;
  const submission = submitted.submission;
  const [picked, setPicked] = useState<string | null>(null);
  const [tab, setTab] = useState<'description' | 'submissions'>('description');
  // Drafts live outside React (problems/drafts.ts); this re-renders after one changes.
  const [, draftChanged] = useReducer((n: number) => n + 1, 0);

  const language = picked ?? (languages.data ? defaultLanguage(languages.data, preferredLanguage()) : null);
  const code = language ? (getDraft(slug, language) ?? problem.data?.starter_code?.[language] ?? '') : '';

  function pickLanguage(id: string) {
    rememberLanguage(id);
    setPicked(id);
  }

  function onCodeChange(value: string) {
    if (!language) return;
    saveDraft(slug, language, value);
    draftChanged();
  }

  /** Anonymous users go to log in first; the draft and the cases are kept in memory meanwhile. */
  async function signedIn(): Promise<boolean> {
    const { status } = await sessionReady();
    if (status === 'authenticated') return true;
    navigate(`/login?next=${encodeURIComponent(`/problems/${slug}`)}`);
    return false;
  }

  async function onSubmit() {
    if (!language || busy || !(await signedIn())) return;
    setConsoleTab('submission');
    void submit(slug, language, code);
  }

  async function onRun() {
    if (!language || busy || !problem.data || !(await signedIn())) return;
    setConsoleTab('result');
    void run(slug, language, code, customInputs(testCases.cases, problem.data.samples));
  }

  if (problem.status === 'failed') return <ErrorMessage message={problem.error} testId="problem-error" />;
  if (problem.status === 'loading') return <p className="muted">Loading problem…</p>;

  return (
    <div className="problem-layout">
      <section className="pane pane-statement">
        <div className="tabs" role="tablist">
          <button type="button" role="tab" aria-selected={tab === 'description'} className={tab === 'description' ? 'tab active' : 'tab'} data-testid="tab-description" onClick={() => setTab('description')}>
            Description
          </button>
          <button type="button" role="tab" aria-selected={tab === 'submissions'} className={tab === 'submissions' ? 'tab active' : 'tab'} data-testid="tab-submissions" onClick={() => setTab('submissions')}>
            Submissions
          </button>
        </div>
        {tab === 'description' && <ProblemStatement problem={problem.data} />}
        {tab === 'submissions' &&
          (session.status === 'authenticated' ? (
            // A new verdict reloads the list, so the latest submission shows up in it.
            <SubmissionHistory slug={slug} refreshKey={submission ? `${submission.id}:${submission.finished}` : ''} />
          ) : (
            <p className="muted">Log in to see your submissions.</p>
          ))}
      </section>

      <section className="pane pane-solution">
        <div className="editor-toolbar">
          {languages.data && language ? (
            <LanguageSelect languages={languages.data} value={language} onChange={pickLanguage} />
          ) : (
            <span className="muted">{languages.error ?? (languages.data ? 'No language is available right now.' : 'Loading languages…')}</span>
          )}
          <div className="toolbar-actions">
            {session.status === 'anonymous' && <span className="muted small">Log in to run or submit</span>}
            <button type="button" className="btn btn-run" data-testid="run-button" disabled={!language || busy} onClick={() => void onRun()}>
              {ran.busy ? 'Running…' : 'Run'}
            </button>
            <button type="button" className="btn btn-primary" data-testid="submit-button" disabled={!language || busy} onClick={() => void onSubmit()}>
              {submitted.busy ? (submission ? 'Judging…' : 'Submitting…') : 'Submit'}
            </button>
          </div>
        </div>

        <div className="editor-frame">
          {language && (
            <Suspense fallback={<div className="code-editor editor-loading">Loading editor…</div>}>
              <CodeEditor value={code} language={language} onChange={onCodeChange} onSubmit={() => void onSubmit()} onRun={() => void onRun()} />
            </Suspense>
          )}
        </div>

        <ConsolePanel tab={consoleTab} onTab={setConsoleTab} testCases={testCases} run={ran} submitted={submitted} />
      </section>
    </div>
  );
}
