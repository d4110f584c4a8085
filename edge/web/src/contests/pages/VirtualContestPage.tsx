// /contests/:slug/virtual: a virtual run of a past contest. Before it starts, a button starts
// it; during it, its own clock, the problems (opened with ?contest=<slug>, so a submit counts
// for the run) and the board as it stood at the same elapsed time in the real contest, with
// the runner's row among it. A virtual run is not rated.
//
// The page stays live without a reload by polling the run's standing (GET
// /api/contests/:slug/virtual), not through the contest's room: a room broadcasts one public
// board to every socket, while a virtual board is the runner's own (the real board replayed
// at their own elapsed time, plus their row), so a socket would need a room per runner for a
// board that one client reads. The poll comes every few seconds, and every second while one of
// the runner's submissions waits for its verdict (a cell with `pending`), so their place moves
// within about a second of the verdict, whichever tab they submitted from.

import { useEffect, useState } from 'react';
import { getContest, getVirtual, startVirtual, type VirtualRow } from '../../api/contests';
import { ApiError, messageOf } from '../../api/errors';
import { useSession } from '../../auth/useSession';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLoad } from '../../practice/useLoad';
import { Link } from '../../router/router';
import { cellText } from '../cells';
import { formatSpan, useNow } from '../time';
import '../contests.css';

const PER_PAGE = 50;
const REFRESH_MS = 5_000;
const PENDING_REFRESH_MS = 1_000;

/** `pinned`: the runner's own row, shown above the page of the board. */
function Row({ row, columns, pinned = false }: { row: VirtualRow; columns: number; pinned?: boolean }) {
  return (
    <tr className={row.virtual_entry ? 'board-row board-row-mine' : 'board-row'} data-testid={pinned ? 'virtual-row-mine' : 'virtual-row'}>
      <td className="col-num">{row.rank}</td>
      <td>
        {row.username}
        {row.virtual_entry && <span className="muted small"> (virtual)</span>}
      </td>
      <td className="col-num">{row.total.points}</td>
      <td className="col-num">{Math.floor(row.total.penalty / 60)}</td>
      {Array.from({ length: columns }, (_, i) => <td key={i} className="col-num">{cellText(row, i)}</td>)}
    </tr>
  );
}

export function VirtualContestPage({ slug }: { slug: string }) {
  const session = useSession();
  const signedIn = session.status === 'authenticated';
  const [version, setVersion] = useState(0);
  const [page, setPage] = useState(1);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const contest = useLoad((signal) => getContest(slug, signedIn, signal), [slug, signedIn], session.status !== 'loading');
  const standing = useLoad(
    (signal) =>
      getVirtual(slug, page, PER_PAGE, signal).catch((err: unknown) => {
        // No run yet is a state of the page, not an error.
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }),
    [slug, page, version],
    signedIn,
  );
  const now = useNow();
  const s = standing.data;
  const running = s != null && !s.run.finished;
  const pending = s?.me?.cells.some((c) => c.pending > 0) ?? false;
  useEffect(() => {
    if (!running) return;
    const timer = window.setInterval(() => setVersion((v) => v + 1), pending ? PENDING_REFRESH_MS : REFRESH_MS);
    return () => window.clearInterval(timer);
  }, [running, pending]);

  async function start() {
    setBusy(true);
    setError(null);
    try {
      await startVirtual(slug);
      setVersion(version + 1);
    } catch (err) {
      setError(messageOf(err));
    } finally {
      setBusy(false);
    }
  }

  const title = contest.data?.title ?? slug;
  const header = (
    <nav className="breadcrumbs small" aria-label="Breadcrumbs">
      <Link to="/contests">Contests</Link> <span aria-hidden="true">/</span>{' '}
      <Link to={`/contests/${encodeURIComponent(slug)}`}>{title}</Link> <span aria-hidden="true">/</span>{' '}
      <span className="muted">Virtual run</span>
    </nav>
  );
  if (session.status === 'loading') return <div className="contest-page">{header}</div>;
  if (!signedIn) {
    return (
      <div className="contest-page">
        {header}
        <Link to={`/login?next=${encodeURIComponent(`/contests/${slug}/virtual`)}`} className="btn btn-primary">
          Log in to take this contest virtually
        </Link>
      </div>
    );
  }
  if (!s) {
    return (
      <div className="contest-page" data-testid="virtual-page" data-state="none">
        {header}
        <h1>{title}: virtual run</h1>
        <ErrorMessage message={standing.error} testId="virtual-error" />
        <p className="muted">
          Take this contest as if it were live: the same problems and length on your own clock, and the real board as it
          stood at the same moment. Not rated.
        </p>
        <button type="button" className="btn btn-primary" data-testid="virtual-start" disabled={busy || standing.loading} onClick={() => void start()}>
          Start the virtual run
        </button>
        <ErrorMessage message={error} testId="virtual-start-error" />
      </div>
    );
  }
  const columns = s.problems.length;
  const pages = Math.max(1, Math.ceil(s.total / s.per_page));
  const left = Date.parse(s.run.ends_at) - now;
  return (
    <div className="contest-page" data-testid="virtual-page" data-state={s.run.finished ? 'finished' : 'running'}>
      {header}
      <header className="contest-hero">
        <div className="contest-hero-main">
          <h1>{title}: virtual run</h1>
          <p className="muted" data-testid="virtual-rank" data-rank={s.me?.rank ?? ''} data-points={s.me?.total.points ?? ''}>
            {s.me ? `Your place: ${s.me.rank} of ${s.total}` : 'Submit a solution to appear on the board.'}
          </p>
        </div>
        <div className="contest-hero-side">
          {s.run.finished ? (
            <span className="muted" data-testid="virtual-finished">Finished</span>
          ) : (
            <div className="contest-clock">
              <span className="muted small">Ends in</span>
              <span className="countdown countdown-lg" data-testid="virtual-countdown" role="timer">{formatSpan(left)}</span>
            </div>
          )}
        </div>
      </header>
      <section className="contest-section">
        <h2>Problems</h2>
        <ul data-testid="virtual-problems">
          {s.problems.map((p) => (
            <li key={p.slug}>
              <span className="contest-letter">{p.letter}</span>{' '}
              <Link to={`/problems/${encodeURIComponent(p.slug)}?contest=${encodeURIComponent(slug)}`} data-testid={`virtual-problem-${p.slug}`}>
                {p.title}
              </Link>
            </li>
          ))}
        </ul>
      </section>
      <section className="contest-section">
        <h2>Board at {formatSpan(s.run.elapsed_secs * 1000)}</h2>
        <table className="problems-table board-table" data-testid="virtual-board">
          <thead>
            <tr>
              <th className="col-num">#</th><th>User</th><th className="col-num">Score</th><th className="col-num">Penalty</th>
              {s.problems.map((p) => <th key={p.letter} className="col-num">{p.letter}</th>)}
            </tr>
          </thead>
          <tbody>
            {s.me && <Row row={s.me} columns={columns} pinned />}
            {s.rows.map((r) => <Row key={`${r.username}-${r.virtual_entry}`} row={r} columns={columns} />)}
          </tbody>
        </table>
        {pages > 1 && (
          <nav className="pager" aria-label="Board pages">
            <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</button>
            <span className="muted"> Page {page} of {pages} </span>
            <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</button>
          </nav>
        )}
      </section>
    </div>
  );
}
