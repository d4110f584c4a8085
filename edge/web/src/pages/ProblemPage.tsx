// A problem: its statement on the left (and, on a tab beside it, the user's past submissions);
// on the right the language picker, the editor (pre-filled with the starter code), the Submit
// button and the live verdict.

import { lazy, Suspense, useReducer, useState } from 'react';
import { getProblem, listLanguages } from '../api/endpoints';
import { sessionReady } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { defaultLanguage, LanguageSelect } from '../components/LanguageSelect';
import { ProblemStatement } from '../components/ProblemStatement';
import { SubmissionHistory } from '../components/SubmissionHistory';
import { VerdictPanel } from '../components/VerdictPanel';
import { useAsync } from '../lib/useAsync';
import { getDraft, preferredLanguage, rememberLanguage, saveDraft } from '../problems/drafts';
import { navigate } from '../router/router';
import { useSubmission } from '../submissions/useSubmission';

// Monaco is most of the bundle; only this page needs it.
const CodeEditor = lazy(() => import('../components/CodeEditor'));

export function ProblemPage({ slug }: { slug: string }) {
  const problem = useAsync(() => getProblem(slug), [slug]);
  const languages = useAsync(listLanguages, []);
  const session = useSession();
  const { submission, progress, error: submitError, busy, submit } = useSubmission();
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

  async function onSubmit() {
    if (!language || busy) return;
    const { status } = await sessionReady();
    if (status !== 'authenticated') {
      // The draft is kept in memory, so the code is still here after logging in.
      navigate(`/login?next=${encodeURIComponent(`/problems/${slug}`)}`);
      return;
    }
    void submit(slug, language, code);
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
            {session.status === 'anonymous' && <span className="muted small">Log in to submit</span>}
            <button type="button" className="btn btn-primary" data-testid="submit-button" disabled={!language || busy} onClick={() => void onSubmit()}>
              {busy ? (submission ? 'Judging…' : 'Submitting…') : 'Submit'}
            </button>
          </div>
        </div>

        <div className="editor-frame">
          {language && (
            <Suspense fallback={<div className="code-editor editor-loading">Loading editor…</div>}>
              <CodeEditor value={code} language={language} onChange={onCodeChange} onSubmit={() => void onSubmit()} />
            </Suspense>
          )}
        </div>

        <div className="result-area">
          <ErrorMessage message={submitError} testId="submit-error" />
          {submission && <VerdictPanel submission={submission} progress={progress} />}
          {!submission && !submitError && <p className="muted small hint">Submit to run your code against the hidden tests. Ctrl+Enter works too.</p>}
        </div>
      </section>
    </div>
  );
}
