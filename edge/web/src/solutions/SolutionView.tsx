// One solution: its title, author and score with the vote buttons, the explanation (Markdown,
// sanitized) and the code, read-only. Its author may edit the words or delete it.

import { lazy, Suspense, useState } from 'react';
import { messageOf } from '../api/errors';
import { deleteSolution, editSolution, getSolution, type Solution } from '../api/solutions';
import { ErrorMessage } from '../components/ErrorMessage';
import { Markdown } from '../components/Markdown';
import { useAsync } from '../lib/useAsync';
import { SolutionForm } from './SolutionForm';
import { VoteButtons } from './VoteButtons';

const CodeViewer = lazy(() => import('./CodeViewer'));

interface Props {
  slug: string;
  id: string;
  signedIn: boolean;
  onBack: () => void;
  /** After a delete (the list reloads). */
  onDeleted: () => void;
}

export function SolutionView({ slug, id, signedIn, onBack, onDeleted }: Props) {
  const read = useAsync(() => getSolution(slug, id, signedIn), [slug, id, signedIn]);
  // Local edits (a vote, a saved edit) over what was read.
  const [changed, setChanged] = useState<Solution | null>(null);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (read.status === 'failed') return <ErrorMessage message={read.error} testId="solution-error" />;
  if (read.status === 'loading') return <p className="muted">Loading the solution…</p>;
  const solution = changed?.id === id ? changed : read.data;

  async function onDelete() {
    if (!window.confirm('Delete this solution? Its votes go with it.')) return;
    try {
      await deleteSolution(slug, id);
      onDeleted();
    } catch (err) {
      setError(messageOf(err));
    }
  }

  return (
    <article className="solution-view" data-testid="solution-view" data-solution-id={solution.id}>
      <button type="button" className="btn btn-ghost small" data-testid="solution-back" onClick={onBack}>
        ← All solutions
      </button>
      {editing ? (
        <SolutionForm
          initial={{ title: solution.title, explanation: solution.explanation }}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSave={async ({ title, explanation }) => {
            setChanged(await editSolution(slug, id, { title, explanation }));
            setEditing(false);
          }}
        />
      ) : (
        <>
          <header className="solution-head">
            <VoteButtons slug={slug} id={solution.id} state={solution} canVote={signedIn && !solution.mine} onChange={(v) => setChanged({ ...solution, ...v })} />
            <div>
              <h2 className="solution-title" data-testid="solution-title-view">
                {solution.title}
              </h2>
              <p className="muted small">
                <span data-testid="solution-author">{solution.author}</span> · <span className="lang-chip">{solution.language}</span> · {new Date(solution.created_at).toLocaleDateString()}
                {solution.updated_at !== solution.created_at && ' (edited)'}
              </p>
            </div>
            {solution.mine && (
              <span className="solution-owner-actions">
                <button type="button" className="btn" data-testid="solution-edit" onClick={() => setEditing(true)}>
                  Edit
                </button>
                <button type="button" className="btn" data-testid="solution-delete" onClick={() => void onDelete()}>
                  Delete
                </button>
              </span>
            )}
          </header>
          <ErrorMessage message={error} />
          <Markdown source={solution.explanation} testId="solution-explanation-view" />
          <h3>Code</h3>
          <Suspense fallback={<pre className="solution-code-fallback">{solution.code}</pre>}>
            <CodeViewer code={solution.code} language={solution.language} />
          </Suspense>
        </>
      )}
    </article>
  );
}
