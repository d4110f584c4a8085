// /contests/:slug: a contest's facts, a countdown to its start (then to its end), registering
// and withdrawing, and its problems, which stay hidden until the start. When the countdown
// reaches zero the page asks the farm again, so the problems appear without a reload.

import { useState } from 'react';
import { getContest, registerForContest, unregisterFromContest, type ContestDetail } from '../../api/contests';
import { messageOf } from '../../api/errors';
import { useSession } from '../../auth/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLoad } from '../../practice/useLoad';
import { Link } from '../../router/router';
import { LiveLeaderboard } from '../LiveLeaderboard';
import { FORMAT_LABELS, KIND_LABELS, PHASE_LABELS } from '../labels';
import { formatDuration, formatSpan, formatStart, phaseAt, useNow } from '../time';
import '../contests.css';

export function ContestPage({ slug }: { slug: string }) {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  // Bumped to read the contest again: after (un)registering, and when the clock passes the
  // start or the end.
  const [version, setVersion] = useState(0);
  const contest = useLoad(
    (signal) => getContest(slug, signedIn, signal),
    [slug, signedIn, version],
    session.status !== 'loading',
  );
  const now = useNow();
  const c = contest.data;

  // The farm's phase lags the reader's clock at the boundaries; once the clock moves past one,
  // ask again (every few seconds until the farm agrees, since clocks differ a little).
  const clockPhase = c ? phaseAt(now, c.starts_at, c.ends_at) : null;
  const [askedAt, setAskedAt] = useState(0);
  if (c && !contest.loading && clockPhase !== c.phase && now - askedAt > 3000) {
    setAskedAt(now);
    setVersion(version + 1);
  }

  if (!c) {
    return (
      <div className="contest-page">
        <ErrorMessage message={contest.error} testId="contest-error" />
        {contest.error && (
          <p>
            <Link to="/contests">All contests</Link>
          </p>
        )}
        {!contest.error && <p className="muted">Loading the contest…</p>}
      </div>
    );
  }

  const phase = clockPhase ?? c.phase;
  return (
    <div className="contest-page" data-testid="contest-page" data-phase={c.phase}>
      <nav className="breadcrumbs small" aria-label="Breadcrumbs">
        <Link to="/contests">Contests</Link> <span aria-hidden="true">/</span> <span className="muted">{c.title}</span>
      </nav>
      <header className={`contest-hero contest-${phase}`}>
        <div className="contest-hero-main">
          <span className={`phase-pill phase-${phase}`} data-testid="contest-phase">
            {phase === 'running' && <span className="live-dot" aria-hidden="true" />}
            {PHASE_LABELS[phase]}
          </span>
          <h1 data-testid="contest-title">{c.title}</h1>
          <p className="muted contest-facts">
            {KIND_LABELS[c.kind]} · {FORMAT_LABELS[c.format]} · {c.rated ? 'Rated' : 'Unrated'} · {formatStart(c.starts_at)} ·{' '}
            {formatDuration(c.starts_at, c.ends_at)} · <span data-testid="contest-registrants">{c.registrants}</span> registered
          </p>
        </div>
        <div className="contest-hero-side">
          {phase !== 'ended' && (
            <div className="contest-clock">
              <span className="muted small">{phase === 'upcoming' ? 'Starts in' : 'Ends in'}</span>
              <span className="countdown countdown-lg" data-testid="contest-countdown" role="timer">
                {formatSpan(Date.parse(phase === 'upcoming' ? c.starts_at : c.ends_at) - now)}
              </span>
            </div>
          )}
          <Registration contest={c} phase={phase} signedIn={signedIn} onChange={() => setVersion(version + 1)} />
        </div>
      </header>

      <section className="contest-section" aria-labelledby="problems-heading">
        <h2 id="problems-heading">Problems</h2>
        <ContestProblems contest={c} phase={phase} />
      </section>

      <section className="contest-section" aria-labelledby="board-heading" data-testid="leaderboard-slot">
        <h2 id="board-heading">Leaderboard</h2>
        {phase === 'upcoming' ? (
          <div className="card board-placeholder muted">The leaderboard opens when the contest starts.</div>
        ) : (
          <LiveLeaderboard slug={c.slug} letters={c.problems.map((p) => p.letter)} rated={c.rated} />
        )}
      </section>
    </div>
  );
}

function Registration({
  contest: c,
  phase,
  signedIn,
  onChange,
}: {
  contest: ContestDetail;
  phase: 'upcoming' | 'running' | 'ended';
  signedIn: boolean;
  onChange: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function act(call: (slug: string) => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await call(c.slug);
      onChange();
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  if (phase === 'ended') {
    const base = `/contests/${encodeURIComponent(c.slug)}`;
    return (
      <div className="registration">
        <p className="muted small">This contest has ended.</p>
        <Link to={`${base}/results`} className="btn btn-primary" data-testid="contest-results-link">
          Results
        </Link>
        <Link to={`${base}/virtual`} className="btn btn-ghost" data-testid="contest-virtual-link">
          Take it virtually
        </Link>
      </div>
    );
  }
  if (!signedIn) {
    const next = encodeURIComponent(`/contests/${c.slug}`);
    return (
      <Link to={`/login?next=${next}`} className="btn btn-primary" data-testid="contest-login">
        Log in to register
      </Link>
    );
  }
  return (
    <div className="registration">
      {c.registered ? (
        <>
          <span className="registered-note" data-testid="contest-registered">
            ✓ You are registered
          </span>
          {phase === 'upcoming' && (
            <button type="button" className="btn btn-ghost" data-testid="contest-unregister" disabled={busy} onClick={() => void act(unregisterFromContest)}>
              Withdraw
            </button>
          )}
        </>
      ) : (
        <button type="button" className="btn btn-primary" data-testid="contest-register" disabled={busy} onClick={() => void act(registerForContest)}>
          {phase === 'running' ? 'Register late' : 'Register'}
        </button>
      )}
      <ErrorMessage message={error} testId="registration-error" />
    </div>
  );
}

function ContestProblems({ contest: c, phase }: { contest: ContestDetail; phase: 'upcoming' | 'running' | 'ended' }) {
  if (c.problems.length === 0) {
    return (
      <div className="card hidden-problems" data-testid="contest-problems-hidden">
        {/* Drawn, not an emoji: headless and minimal systems lack emoji fonts. */}
        <svg className="lock" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true">
          <rect x="5" y="10" width="14" height="11" rx="2" fill="currentColor" />
          <path d="M8 10V7a4 4 0 0 1 8 0v3" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        <div>
          <strong>{phase === 'upcoming' ? 'The problems are revealed at the start.' : 'The problems are on their way…'}</strong>
          <p className="muted small">
            {phase === 'upcoming' ? 'Register now; the list appears here the moment the contest begins.' : 'Hold on a second.'}
          </p>
        </div>
      </div>
    );
  }
  return (
    <div className="card">
      <table className="problems-table" data-testid="contest-problems">
        <thead>
          <tr>
            <th className="col-index">#</th>
            <th className="col-title">Problem</th>
            <th className="col-num">Points</th>
          </tr>
        </thead>
        <tbody>
          {c.problems.map((p) => (
            <tr key={p.slug} data-testid="contest-problem" data-slug={p.slug}>
              <td className="col-index contest-letter">{p.letter}</td>
              <td className="col-title">
                <Link to={`/problems/${encodeURIComponent(p.slug)}`} data-testid={`contest-problem-link-${p.slug}`}>
                  {p.title}
                </Link>
              </td>
              <td className="col-num">{p.points}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
