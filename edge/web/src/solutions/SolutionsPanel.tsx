// The problem page's Solutions tab: the community's write-ups, by votes or newest, filtered by
// language, a page at a time, with vote buttons showing the reader's own vote. Members with an
// accepted submission of the problem may share one; a solution opens in place.

import { useState } from 'react';
import { listMySubmissions, type MySubmission } from '../api/myWork';
import { listSolutions, shareSolution, type SolutionSort, type SolutionSummary } from '../api/solutions';
import type { Language } from '../api/types';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { SolutionForm } from './SolutionForm';
import { SolutionView } from './SolutionView';
import { VoteButtons } from './VoteButtons';
import './solutions.css';

const PER_PAGE = 10;

interface Props {
  slug: string;
  signedIn: boolean;
  languages: Language[];
  /** Changes when a new verdict may have made the reader a solver. */
  refreshKey: string;
}

export function SolutionsPanel({ slug, signedIn, languages, refreshKey }: Props) {
  const [sort, setSort] = useState<SolutionSort>('votes');
  const [language, setLanguage] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const [open, setOpen] = useState<string | null>(null);
  const [sharing, setSharing] = useState(false);
  // Bumped after a share or a delete, to read the list again.
  const [version, setVersion] = useState(0);
  // Votes cast from the list, over the page as read.
  const [votes, setVotes] = useState<Record<string, Pick<SolutionSummary, 'votes' | 'my_vote'>>>({});

  const list = useAsync(() => listSolutions(slug, { page, perPage: PER_PAGE, sort, language }, signedIn), [slug, page, sort, language, signedIn, version]);
  const accepted = useAsync(
    () => (signedIn ? listMySubmissions(1, 100, { problem: slug, status: 'accepted' }).then((p) => p.items) : Promise.resolve<MySubmission[]>([])),
    [slug, signedIn, refreshKey],
  );

  function reload() {
    setVotes({});
    setVersion((v) => v + 1);
  }

  if (open) {
    return (
      <SolutionView
        slug={slug}
        id={open}
        signedIn={signedIn}
        onBack={() => {
          setOpen(null);
          reload();
        }}
        onDeleted={() => {
          setOpen(null);
          reload();
        }}
      />
    );
  }

  if (sharing && accepted.data && accepted.data.length > 0) {
    return (
      <section className="solutions-panel" data-testid="solutions-panel">
        <h2 className="solutions-heading">Share your solution</h2>
        <p className="muted small">The code is your accepted submission's, exactly as it was judged.</p>
        <SolutionForm
          submissions={accepted.data}
          submitLabel="Post solution"
          onCancel={() => setSharing(false)}
          onSave={async ({ submissionId, title, explanation }) => {
            const posted = await shareSolution(slug, submissionId, title, explanation);
            setSharing(false);
            reload();
            setOpen(posted.id);
          }}
        />
      </section>
    );
  }

  const canShare = signedIn && (accepted.data?.length ?? 0) > 0;
  const pages = list.data ? Math.max(1, Math.ceil(list.data.total / PER_PAGE)) : 1;

  return (
    <section className="solutions-panel" data-testid="solutions-panel">
      <div className="solutions-toolbar">
        <select aria-label="Sort solutions" data-testid="solutions-sort" value={sort} onChange={(e) => { setSort(e.target.value as SolutionSort); setPage(1); }}>
          <option value="votes">Most votes</option>
          <option value="newest">Newest</option>
        </select>
        <select aria-label="Language" data-testid="solutions-language" value={language ?? ''} onChange={(e) => { setLanguage(e.target.value || null); setPage(1); }}>
          <option value="">All languages</option>
          {languages.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        {canShare ? (
          <button type="button" className="btn btn-primary" data-testid="solution-share" onClick={() => setSharing(true)}>
            Share my solution
          </button>
        ) : (
          <span className="muted small" data-testid="solution-share-hint">
            {signedIn ? 'Solve the problem to share your solution.' : 'Log in and solve the problem to share a solution.'}
          </span>
        )}
      </div>
      {list.status === 'failed' && <ErrorMessage message={list.error} testId="solutions-error" />}
      {list.status === 'loading' && <p className="muted">Loading solutions…</p>}
      {list.status === 'done' && list.data.total === 0 && (
        <p className="muted" data-testid="solutions-empty">
          {language ? 'No solutions in this language yet.' : 'No solutions yet. Be the first to share one.'}
        </p>
      )}
      {list.status === 'done' && (
        <ul className="solutions-list">
          {list.data.items.map((s) => {
            const state = votes[s.id] ?? s;
            return (
              <li key={s.id} className="solution-row" data-testid="solution-row" data-solution-id={s.id}>
                <VoteButtons slug={slug} id={s.id} state={state} canVote={signedIn && !s.mine} onChange={(v) => setVotes({ ...votes, [s.id]: v })} />
                <button type="button" className="solution-open" data-testid="solution-open" onClick={() => setOpen(s.id)}>
                  <span className="solution-row-title">{s.title}</span>
                  <span className="muted small">
                    {s.author} · <span className="lang-chip">{s.language}</span> · {new Date(s.created_at).toLocaleDateString()}
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      {pages > 1 && (
        <div className="pager">
          <button type="button" className="btn" data-testid="solutions-prev" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span className="muted small">
            Page {page} of {pages}
          </span>
          <button type="button" className="btn" data-testid="solutions-next" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Next
          </button>
        </div>
      )}
    </section>
  );
}
