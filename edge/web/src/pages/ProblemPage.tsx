// A problem: its statement on the left (and, on tabs beside it, the community's solutions,
// hints and the editorial, the user's private notes and past submissions; a bookmark toggle above); on the right the language picker, the editor (pre-filled with the starter code), the Run and
// Submit buttons, and under the editor the test cases, the run's results and the verdict.

import { lazy, Suspense, useEffect, useReducer, useState } from 'react';
import { listLanguages } from '../api/endpoints';
import { hasPremium, readProblem } from '../api/premium';
import { sessionReady } from '../auth/session';
import { useSession } from '../auth/useSession';
import { ConsolePanel, type ConsoleTab } from '../components/ConsolePanel';
import { ErrorMessage } from '../components/ErrorMessage';
import { defaultLanguage, LanguageSelect } from '../components/LanguageSelect';
import { ProblemStatement } from '../components/ProblemStatement';
import { SubmissionHistory } from '../components/SubmissionHistory';
import { useAsync } from '../lib/useAsync';
import { AiHintButton } from '../problems/AiHintButton';
import { BookmarkButton } from '../problems/BookmarkButton';
import { SolveChance } from '../problems/SolveChance';
import { flushDrafts, getDraft, onDraftSync, preferredLanguage, rememberLanguage, saveDraft, setDraftOwner, syncDrafts, type DraftSync } from '../problems/drafts';
import { LockedProblemView } from '../premium/LockedProblemView';
import { HintsPanel } from '../problems/HintsPanel';
import { NotesPanel } from '../problems/NotesPanel';
import { customInputs, useTestCases } from '../problems/useTestCases';
import { navigate, useLocation } from '../router/router';
import { SolutionsPanel } from '../solutions/SolutionsPanel';
import { useRun, useSubmission } from '../submissions/useSubmission';

// Monaco is most of the bundle; only this page needs it.
const CodeEditor = lazy(() => import('../components/CodeEditor'));

const TABS = ['description', 'solutions', 'hints', 'notes', 'submissions'] as const;
type Tab = (typeof TABS)[number];
const TAB_NAMES: Record<Tab, string> = { description: 'Description', solutions: 'Solutions', hints: 'Hints', notes: 'Notes', submissions: 'Submissions' };
const SYNC_NAMES: Record<DraftSync, string> = { idle: '', saving: 'Saving draft…', saved: 'Draft saved', 'local-only': 'Draft kept on this device', error: 'Draft not saved to the server' };

export function ProblemPage({ slug }: { slug: string }) {
  const session = useSession();
  // Read again when the reader becomes premium or stops being so (signing in, a refreshed token
  // after an upgrade): a premium problem is a teaser until the server says otherwise.
  const asPremium = session.status === 'authenticated' && hasPremium(session.user.role);
  const read = useAsync(() => readProblem(slug, asPremium), [slug, asPremium]);
  const problem = {
    ...read,
    data: read.data?.kind === 'open' ? read.data.problem : null,
  };
  const languages = useAsync(listLanguages, []);
  const { submit, ...submitted } = useSubmission();
  const { run, ...ran } = useRun();
  const testCases = useTestCases(slug, problem.data?.samples ?? []);
  // An interactive problem's Run plays its sample tests against the judge, who holds their
  // data: there are no inputs to send.
  const interactive = problem.data?.interactions !== undefined;
  const [consoleTab, setConsoleTab] = useState<ConsoleTab>('testcase');
  const busy = submitted.busy || ran.busy;
  const submission = submitted.submission;
  const [picked, setPicked] = useState<string | null>(null);
  const { search } = useLocation();
  const [tab, setTab] = useState<Tab>(() => TABS.find((t) => t === search.get('tab')) ?? 'description');
  // Drafts live outside React (problems/drafts.ts); this re-renders after one changes.
  const [, draftChanged] = useReducer((n: number) => n + 1, 0);
  const [draftSync, setDraftSync] = useState<DraftSync>('idle');
  useEffect(() => onDraftSync(setDraftSync), []);
  // Signed in, the server's drafts are merged with the local ones (problems/drafts.ts says how).
  useEffect(() => {
    if (session.status !== 'authenticated') return;
    let live = true;
    void syncDrafts(slug).then((changed) => live && changed && draftChanged());
    return () => {
      live = false;
    };
  }, [slug, session.status]);
  // Leaving the page (or the tab) sends the last second of typing rather than dropping it.
  useEffect(() => {
    window.addEventListener('pagehide', flushDrafts);
    return () => {
      window.removeEventListener('pagehide', flushDrafts);
      flushDrafts();
    };
  }, []);

  // Before any draft is read: whose drafts these are (problems/drafts.ts keeps them apart).
  setDraftOwner(session.status === 'authenticated' ? session.user.id : null);
  // A problem may be solved in some languages only (an ICPC package's `languages:`).
  const allowed = problem.data?.allowed_languages;
  const offered = allowed && languages.data ? languages.data.filter((l) => allowed.includes(l.id)) : languages.data;
  const stillOffered = picked !== null && (offered?.some((l) => l.id === picked) ?? false);
  const language = (stillOffered ? picked : null) ?? (offered ? defaultLanguage(offered, preferredLanguage()) : null);
  const code = language ? (getDraft(slug, language) ?? problem.data?.starter_code?.[language] ?? '') : '';

  function pickLanguage(id: string) {
    rememberLanguage(id);
    setPicked(id);
  }

  function onCodeChange(value: string) {
    if (!language) return;
    // Showing the starter code of a newly picked language is not a draft worth saving.
    if (getDraft(slug, language) === undefined && value === (problem.data?.starter_code?.[language] ?? '')) return;
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
    // Opened from a contest (or a virtual run of one) as ?contest=<slug>: submit for it.
    void submit(slug, language, code, search.get('contest') ?? undefined);
  }

  async function onRun() {
    if (!language || busy || !problem.data || !(await signedIn())) return;
    setConsoleTab('result');
    void run(slug, language, code, interactive ? undefined : customInputs(testCases.cases, problem.data.samples));
  }

  if (problem.status === 'failed') return <ErrorMessage message={problem.error} testId="problem-error" />;
  if (read.data?.kind === 'locked') return <LockedProblemView teaser={read.data.teaser} signedIn={session.status === 'authenticated'} />;
  if (problem.status === 'loading' || !problem.data) return <p className="muted">Loading problem…</p>;

  return (
    <div className="problem-layout">
      <section className="pane pane-statement">
        <div className="tabs" role="tablist">
          {TABS.map((t) => (
            <button key={t} type="button" role="tab" aria-selected={tab === t} className={tab === t ? 'tab active' : 'tab'} data-testid={`tab-${t}`} onClick={() => setTab(t)}>
              {TAB_NAMES[t]}
            </button>
          ))}
          {session.status === 'authenticated' && <BookmarkButton slug={slug} />}
          {session.status === 'authenticated' && <SolveChance slug={slug} />}
        </div>
        {tab === 'description' && <ProblemStatement problem={problem.data} />}
        {tab === 'solutions' && (
          <SolutionsPanel
            slug={slug}
            signedIn={session.status === 'authenticated'}
            languages={languages.data ?? []}
            refreshKey={submission ? `${submission.id}:${submission.finished}` : ''}
          />
        )}
        {(tab === 'hints' || tab === 'notes') &&
          (session.status === 'authenticated' ? (
            tab === 'hints' ? <HintsPanel slug={slug} /> : <NotesPanel slug={slug} />
          ) : (
            <p className="muted">Log in to see {tab === 'hints' ? 'hints' : 'your notes'}.</p>
          ))}
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
          {offered && language ? (
            <LanguageSelect languages={offered} value={language} onChange={pickLanguage} />
          ) : (
            <span className="muted">{languages.error ?? (languages.data ? 'No language is available right now.' : 'Loading languages…')}</span>
          )}
          <div className="toolbar-actions">
            {session.status === 'anonymous' && <span className="muted small">Log in to run or submit</span>}
            {session.status === 'authenticated' && draftSync !== 'idle' && (
              <span className="muted small" data-testid="draft-status" data-state={draftSync}>
                {SYNC_NAMES[draftSync]}
              </span>
            )}
            {session.status === 'authenticated' && language && <AiHintButton slug={slug} language={language} code={code} />}
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

        <ConsolePanel tab={consoleTab} onTab={setConsoleTab} testCases={testCases} interactive={interactive} run={ran} submitted={submitted} />
      </section>
    </div>
  );
}
