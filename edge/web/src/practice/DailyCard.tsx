// The daily problem as a card: today's (UTC) problem, the reader's daily streak and whether
// they solved it, and the time left until the next one.

import { getDailyProblem } from '../api/practice';
import { useSession } from '../auth/useSession';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { formatSpan, useNow } from '../contests/time';
import { formatPercent } from '../lib/format';
import { Link } from '../router/router';
import { useLoad } from './useLoad';

/** The next midnight UTC after `now`, in ms. */
function nextUtcMidnight(now: number): number {
  const d = new Date(now);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 1);
}

export function DailyCard() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const now = useNow();
  // A new day brings a new problem: the UTC date is part of what is loaded.
  const utcDay = new Date(now).toISOString().slice(0, 10);
  const daily = useLoad((signal) => getDailyProblem(signedIn, signal), [signedIn, utcDay], session.status !== 'loading');
  const d = daily.data;

  return (
    <section className="card daily-card" aria-labelledby="daily-heading" data-testid="daily-card">
      <div className="daily-head">
        <h2 id="daily-heading">
          Daily problem
        </h2>
        <span className="muted small" data-testid="daily-date">
          {d ? new Date(`${d.date}T00:00:00Z`).toLocaleDateString(undefined, { month: 'long', day: 'numeric', timeZone: 'UTC' }) : ''}
        </span>
      </div>
      {daily.error && (
        <p className="muted" data-testid="daily-error">
          {daily.error}
        </p>
      )}
      {!d && !daily.error && <span className="skeleton daily-skeleton" aria-hidden="true" />}
      {d && (
        <>
          <Link to={`/problems/${encodeURIComponent(d.problem.slug)}`} className="daily-title" data-testid="daily-problem-link" data-slug={d.problem.slug}>
            {d.problem.title}
          </Link>
          <div className="daily-meta">
            <DifficultyBadge difficulty={d.problem.difficulty} />
            <span className="muted small">{formatPercent(d.problem.acceptance_rate)} accepted</span>
            <span className="tags">
              {d.problem.tags.slice(0, 3).map((t) => (
                <span key={t} className="tag">
                  {t}
                </span>
              ))}
            </span>
          </div>
          <div className="daily-foot">
            {d.daily_streak !== undefined ? (
              <span className="daily-streak" data-testid="daily-streak" data-streak={d.daily_streak}>
                <span className="streak-flame" aria-hidden="true" /> {d.daily_streak}-day streak
              </span>
            ) : (
              <span className="muted small">
                <Link to="/login?next=%2F">Log in</Link> to keep a daily streak
              </span>
            )}
            {d.solved ? (
              <span className="daily-solved" data-testid="daily-solved">
                ✓ Solved today
              </span>
            ) : (
              <Link to={`/problems/${encodeURIComponent(d.problem.slug)}`} className="btn btn-primary btn-sm">
                Solve it
              </Link>
            )}
          </div>
          <p className="muted small daily-next">
            Next problem in <span className="countdown-inline">{formatSpan(nextUtcMidnight(now) - now)}</span>
          </p>
        </>
      )}
    </section>
  );
}
