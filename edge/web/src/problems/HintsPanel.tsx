// Hints one tier at a time (a locked premium tier says so), and the editorial behind its gates:
// premium, and after solving or an explicit "show it anyway", which the server records.

import { useEffect, useState } from 'react';
import { ApiError, messageOf } from '../api/errors';
import { getEditorial, listHints, type Editorial, type HintTier } from '../api/myWork';
import { ErrorMessage } from '../components/ErrorMessage';
import { Markdown } from '../components/Markdown';
import { UpgradeCallout } from '../premium/UpgradeCallout';

export function HintsPanel({ slug }: { slug: string }) {
  const [hints, setHints] = useState<HintTier[] | null>(null);
  const [opened, setOpened] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const [editorial, setEditorial] = useState<Editorial | null>(null);
  const [editorialRefusal, setEditorialRefusal] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    listHints(slug)
      .then((list) => live && setHints(list.items))
      .catch((err: unknown) => live && setError(messageOf(err)));
    return () => {
      live = false;
    };
  }, [slug]);

  async function openEditorial(confirmUnsolved: boolean) {
    setEditorialRefusal(null);
    try {
      setEditorial(await getEditorial(slug, confirmUnsolved));
    } catch (err) {
      if (err instanceof ApiError) setEditorialRefusal(err);
      else setError(messageOf(err));
    }
  }

  if (error) return <ErrorMessage message={error} testId="hints-error" />;
  if (!hints) return <p className="muted">Loading hints…</p>;

  return (
    <section className="hints-panel" data-testid="hints-panel">
      {hints.length === 0 && <p className="muted">This problem has no hints.</p>}
      {hints.slice(0, opened).map((hint) => (
        <div key={hint.tier} className="hint" data-testid="hint" data-tier={hint.tier}>
          <strong>Hint {hint.tier}</strong>
          {hint.locked ? (
            <UpgradeCallout compact title={`Hint ${hint.tier} is for premium members.`} detail="Premium opens every hint tier and the editorials." testId="hint-locked" />
          ) : (
            <Markdown source={hint.body ?? ''} />
          )}
        </div>
      ))}
      {opened < hints.length && (
        <button type="button" className="btn" data-testid="hint-next" onClick={() => setOpened(opened + 1)}>
          Show hint {opened + 1}
          {hints[opened].is_premium ? ' (premium)' : ''}
        </button>
      )}
      <hr />
      {editorial ? (
        <Markdown source={editorial.body} testId="editorial" />
      ) : (
        <>
          <button type="button" className="btn" data-testid="editorial-open" onClick={() => void openEditorial(false)}>
            Editorial
          </button>
          {editorialRefusal?.code === 'not_solved' && (
            <p className="muted small" data-testid="editorial-unsolved">
              You have not solved this yet.{' '}
              <button type="button" className="btn btn-ghost" data-testid="editorial-confirm" onClick={() => void openEditorial(true)}>
                Show it anyway
              </button>
            </p>
          )}
          {editorialRefusal?.code === 'premium_required' && (
            <UpgradeCallout title="The editorial is for premium members." detail="Premium opens the editorial of every problem, with its approach and complexity." testId="editorial-locked" />
          )}
          {editorialRefusal && editorialRefusal.code !== 'not_solved' && editorialRefusal.code !== 'premium_required' && (
            <ErrorMessage message={editorialRefusal.message} testId="editorial-error" />
          )}
        </>
      )}
    </section>
  );
}
