// The home page: a greeting with the way in, the daily problem, the next contest and the
// problem sets with the reader's progress.

import { listContests } from '../../api/contests';
import { listProblemSets } from '../../api/practice';
import { useSession } from '../../auth/useSession';
import { formatSpan, formatStart, phaseAt, useNow } from '../../contests/time';
import { Link } from '../../router/router';
import { DailyCard } from '../DailyCard';
import { SetCards } from '../SetCards';
import { useLoad } from '../useLoad';
import '../practice.css';
import '../../contests/contests.css';

export function HomePage() {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const sets = useLoad((signal) => listProblemSets(signedIn, signal), [signedIn], session.status !== 'loading');

  return (
    <div className="home">
      <section className="home-hero">
        <div>
          <h1>{session.user ? `Welcome back, ${session.user.display_name ?? session.user.username}` : 'Practise. Compete. Improve.'}</h1>
          <p className="muted">
            Solve problems in ten languages, judged in seconds; keep a daily streak; climb the board in weekly contests.
          </p>
        </div>
        <div className="home-actions">
          <Link to="/problems" className="btn btn-primary" data-testid="home-problems">
            Browse problems
          </Link>
          <Link to="/contests" className="btn btn-ghost">
            Contests
          </Link>
        </div>
      </section>

      <div className="home-grid">
        <DailyCard />
        <NextContest />
      </div>

      <section className="home-section" aria-labelledby="sets-heading">
        <div className="section-head">
          <h2 id="sets-heading">Problem sets</h2>
          <Link to="/problem-sets" className="small">
            All sets →
          </Link>
        </div>
        {sets.error && <p className="muted">{sets.error}</p>}
        {sets.data && <SetCards sets={sets.data.slice(0, 3)} />}
      </section>
    </div>
  );
}

/** The contest running now or the next one to start, with its countdown. */
function NextContest() {
  const contests = useLoad((signal) => listContests(1, 20, signal), []);
  const now = useNow();
  const items = contests.data?.items ?? [];
  const running = items.find((c) => phaseAt(now, c.starts_at, c.ends_at) === 'running');
  const next = running ?? [...items].reverse().find((c) => phaseAt(now, c.starts_at, c.ends_at) === 'upcoming');
  return (
    <section className="card next-contest" aria-labelledby="next-contest-heading" data-testid="next-contest">
      <h2 id="next-contest-heading">
        {running ? 'Live contest' : 'Next contest'}
      </h2>
      {contests.error && <p className="muted">{contests.error}</p>}
      {contests.data && !next && (
        <p className="muted">
          No contest is scheduled right now. <Link to="/contests">See past contests</Link>.
        </p>
      )}
      {next && (
        <>
          <Link to={`/contests/${encodeURIComponent(next.slug)}`} className="daily-title">
            {next.title}
          </Link>
          <p className="muted small">{formatStart(next.starts_at)}</p>
          <p className="next-contest-clock">
            <span className="muted small">{running ? 'Ends in' : 'Starts in'}</span>{' '}
            <span className="countdown">{formatSpan(Date.parse(running ? next.ends_at : next.starts_at) - now)}</span>
          </p>
          <Link to={`/contests/${encodeURIComponent(next.slug)}`} className="btn btn-ghost btn-sm">
            {running ? 'Enter' : 'Register'}
          </Link>
        </>
      )}
    </section>
  );
}
