// /contests: contests running now and coming up (with live countdowns) as cards, then past
// contests as a table, a page at a time (?page=2). The farm lists latest start first, so the
// first page carries the upcoming and running ones; later pages are history.

import { listContests, type ContestSummary } from '../../api/contests';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Pagination } from '../../practice/Pagination';
import { useLoad } from '../../practice/useLoad';
import { Link, useLocation } from '../../router/router';
import { FORMAT_LABELS, KIND_LABELS } from '../labels';
import { formatDuration, formatSpan, formatStart, phaseAt, useNow } from '../time';
import '../contests.css';

const PER_PAGE = 20;

export function ContestListPage() {
  const { search } = useLocation();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const list = useLoad((signal) => listContests(page, PER_PAGE, signal), [page]);
  const now = useNow();
  const items = list.data?.items ?? [];
  // Soonest first among the upcoming: the next contest leads.
  const upcoming = items.filter((c) => phaseAt(now, c.starts_at, c.ends_at) === 'upcoming').reverse();
  const running = items.filter((c) => phaseAt(now, c.starts_at, c.ends_at) === 'running');
  const past = items.filter((c) => phaseAt(now, c.starts_at, c.ends_at) === 'ended');

  return (
    <div className="contest-list">
      <div className="list-header">
        <div>
          <h1>Contests</h1>
          <p className="muted list-subtitle">Weekly and biweekly rounds: register, solve against the clock, climb the board.</p>
        </div>
      </div>
      <ErrorMessage message={list.error} testId="contest-list-error" />
      {list.loading && !list.data && <p className="muted">Loading contests…</p>}

      {running.length > 0 && (
        <section className="contest-section" aria-labelledby="running-heading" data-testid="contests-running">
          <h2 id="running-heading">
            <span className="live-dot" aria-hidden="true" /> Live now
          </h2>
          <div className="contest-cards">
            {running.map((c) => (
              <ContestCard key={c.slug} contest={c} now={now} />
            ))}
          </div>
        </section>
      )}

      {upcoming.length > 0 && (
        <section className="contest-section" aria-labelledby="upcoming-heading" data-testid="contests-upcoming">
          <h2 id="upcoming-heading">Upcoming</h2>
          <div className="contest-cards">
            {upcoming.map((c) => (
              <ContestCard key={c.slug} contest={c} now={now} />
            ))}
          </div>
        </section>
      )}

      {list.data && (
        <section className="contest-section" aria-labelledby="past-heading" data-testid="contests-past">
          <h2 id="past-heading">Past contests</h2>
          <div className="card">
            <table className="problems-table contests-table">
              <thead>
                <tr>
                  <th>Contest</th>
                  <th>Started</th>
                  <th>Length</th>
                  <th className="col-num">Registered</th>
                </tr>
              </thead>
              <tbody>
                {past.length === 0 && (
                  <tr>
                    <td colSpan={4} className="empty-cell" data-testid="contests-past-empty">
                      {list.data.total === 0 ? 'No contests yet. The first one will show up here.' : 'No past contests on this page.'}
                    </td>
                  </tr>
                )}
                {past.map((c) => (
                  <tr key={c.slug} data-testid="contest-row" data-slug={c.slug}>
                    <td className="col-title">
                      <Link to={`/contests/${encodeURIComponent(c.slug)}`} data-testid={`contest-link-${c.slug}`}>
                        {c.title}
                      </Link>
                      {c.rated && <span className="badge badge-rated">Rated</span>}
                    </td>
                    <td className="muted">{formatStart(c.starts_at)}</td>
                    <td className="muted">{formatDuration(c.starts_at, c.ends_at)}</td>
                    <td className="col-num">{c.registrants}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {list.data.total > PER_PAGE && (
            <Pagination
              page={page}
              perPage={PER_PAGE}
              total={list.data.total}
              noun="contests"
              href={(n) => (n > 1 ? `/contests?page=${n}` : '/contests')}
            />
          )}
        </section>
      )}
    </div>
  );
}

function ContestCard({ contest: c, now }: { contest: ContestSummary; now: number }) {
  const phase = phaseAt(now, c.starts_at, c.ends_at);
  const target = phase === 'upcoming' ? c.starts_at : c.ends_at;
  return (
    <Link to={`/contests/${encodeURIComponent(c.slug)}`} className={`contest-card contest-${phase}`} data-testid={`contest-card-${c.slug}`}>
      <span className="contest-card-kind">
        {KIND_LABELS[c.kind]} · {FORMAT_LABELS[c.format]}
        {c.rated ? ' · Rated' : ''}
      </span>
      <span className="contest-card-title">{c.title}</span>
      <span className="contest-card-when muted">
        {formatStart(c.starts_at)} · {formatDuration(c.starts_at, c.ends_at)}
      </span>
      <span className="contest-card-clock">
        <span className="muted small">{phase === 'upcoming' ? 'Starts in' : 'Ends in'}</span>
        <span className="countdown" data-testid="countdown" role="timer">
          {formatSpan(Date.parse(target) - now)}
        </span>
      </span>
      <span className="muted small">{c.registrants} registered</span>
    </Link>
  );
}
