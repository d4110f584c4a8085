// The dashboard's review queue: problems that are due again (FSRS schedules them, the server
// computes every date). Open one, try it again, then say how it went: again, hard, good or
// easy. The rating buttons appear only once the problem was opened, so nobody rates a recall
// they did not attempt. Upcoming problems are listed with their dates.

import { useState } from 'react';
import { messageOf } from '../api/errors';
import { dropReview, getReviews, REVIEW_RATINGS, reviewProblem, type ReviewDeck, type ReviewItem, type ReviewRating } from '../api/reviews';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';

const RATING_NAMES: Record<ReviewRating, string> = { again: 'Again', hard: 'Hard', good: 'Good', easy: 'Easy' };

function dueDate(iso: string): string {
  return new Date(iso).toLocaleDateString(undefined, { month: 'short', day: 'numeric' });
}

// Which due problems were opened, kept for the tab's life: opening one leaves the dashboard,
// and its rating buttons must be there on the way back.
const openedKey = (slug: string) => `review-opened:${slug}`;

function wasOpened(slug: string): boolean {
  return sessionStorage.getItem(openedKey(slug)) !== null;
}

function DueItem({ item, onDone }: { item: ReviewItem; onDone: () => void }) {
  const [opened, setOpened] = useState(() => wasOpened(item.slug));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(call: () => Promise<unknown>) {
    setBusy(true);
    setError(null);
    try {
      await call();
      sessionStorage.removeItem(openedKey(item.slug));
      onDone();
    } catch (err) {
      setError(messageOf(err));
      setBusy(false);
    }
  }

  return (
    <li data-testid="review-item" data-slug={item.slug}>
      <Link to={`/problems/${item.slug}`} onClick={() => {
          sessionStorage.setItem(openedKey(item.slug), '1');
          setOpened(true);
        }} data-testid="review-open">
        {item.title}
      </Link>{' '}
      <DifficultyBadge difficulty={item.difficulty} /> <span className="muted small">last: {item.last_rating}</span>
      <div className="review-actions">
        {opened ? (
          REVIEW_RATINGS.map((r) => (
            <button key={r} type="button" className="btn btn-small" data-testid={`review-${r}`} disabled={busy} onClick={() => void act(() => reviewProblem(item.slug, r))}>
              {RATING_NAMES[r]}
            </button>
          ))
        ) : (
          <span className="muted small">Open it and retry, then rate how it went.</span>
        )}
        <button type="button" className="btn btn-ghost btn-small" data-testid="review-drop" disabled={busy} onClick={() => void act(() => dropReview(item.slug))}>
          Drop
        </button>
      </div>
      <ErrorMessage message={error} testId="review-error" />
    </li>
  );
}

function Deck({ deck, onChange }: { deck: ReviewDeck; onChange: () => void }) {
  const due = deck.items.filter((i) => i.is_due);
  const upcoming = deck.items.filter((i) => !i.is_due).slice(0, 5);
  return (
    <>
      <h2>
        Review <span className="muted" data-testid="review-due-count">· {deck.due_count} due</span>
      </h2>
      {deck.items.length === 0 && <p className="muted">Problems you solve or miss come back here for review.</p>}
      {deck.items.length > 0 && due.length === 0 && <p className="muted">Nothing due today.</p>}
      <ol className="rec-list">
        {due.map((item) => (
          <DueItem key={`${item.slug}:${item.last_reviewed_at}`} item={item} onDone={onChange} />
        ))}
      </ol>
      {upcoming.length > 0 && (
        <ul className="tag-list">
          {upcoming.map((item) => (
            <li key={item.slug} data-testid="review-upcoming">
              {item.title} <span className="muted small">due {dueDate(item.due_at)}</span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

export function ReviewCard() {
  const [version, setVersion] = useState(0);
  const deck = useAsync(getReviews, [version]);
  return (
    <section className="card dash-card" data-testid="review-card">
      {deck.status === 'loading' && <p className="muted">Loading your reviews…</p>}
      {deck.status === 'failed' && <ErrorMessage message={deck.error} testId="review-error" />}
      {deck.status === 'done' && <Deck deck={deck.data} onChange={() => setVersion((v) => v + 1)} />}
    </section>
  );
}
