// /contests/:slug/results: the final board of a contest that is over, page by page, with each
// rated player's rating change once the contest has been finalised.

import { useState } from 'react';
import { getResults, type ResultRow } from '../../api/contests';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useLoad } from '../../practice/useLoad';
import { Link } from '../../router/router';
import { cellText } from '../cells';
import '../contests.css';

const PER_PAGE = 50;

function RatingChange({ row }: { row: ResultRow }) {
  if (row.old_rating == null || row.new_rating == null) return <span className="muted">—</span>;
  const delta = row.new_rating - row.old_rating;
  return (
    <span className={delta >= 0 ? 'rating-up' : 'rating-down'} data-testid="rating-delta">
      {delta >= 0 ? `+${delta}` : `−${-delta}`} <span className="muted small">→ {row.new_rating}</span>
    </span>
  );
}

export function ContestResultsPage({ slug }: { slug: string }) {
  const [page, setPage] = useState(1);
  const results = useLoad((signal) => getResults(slug, page, PER_PAGE, signal), [slug, page]);
  const r = results.data;
  if (!r) {
    return (
      <div className="contest-page">
        <ErrorMessage message={results.error} testId="results-error" />
        {!results.error && <p className="muted">Loading the results…</p>}
        <p>
          <Link to={`/contests/${encodeURIComponent(slug)}`}>Back to the contest</Link>
        </p>
      </div>
    );
  }
  const pages = Math.max(1, Math.ceil(r.total / r.per_page));
  const columns = r.problems.length;
  return (
    <div className="contest-page" data-testid="results-page">
      <nav className="breadcrumbs small" aria-label="Breadcrumbs">
        <Link to="/contests">Contests</Link> <span aria-hidden="true">/</span>{' '}
        <Link to={`/contests/${encodeURIComponent(slug)}`}>{r.title}</Link> <span aria-hidden="true">/</span>{' '}
        <span className="muted">Results</span>
      </nav>
      <h1>{r.title}: final standings</h1>
      <p className="muted" data-testid="results-note">
        {r.total} participants ·{' '}
        {!r.rated ? 'Unrated' : r.finalised ? 'Ratings applied' : 'Ratings are applied shortly after the end'}
      </p>
      <div className="card">
        <table className="problems-table board-table" data-testid="results-table">
          <thead>
            <tr>
              <th className="col-num">#</th>
              <th>User</th>
              <th className="col-num">Score</th>
              <th className="col-num">Penalty</th>
              {r.problems.map((p) => <th key={p.letter} className="col-num">{p.letter}</th>)}
              {r.rated && <th className="col-num">Rating</th>}
            </tr>
          </thead>
          <tbody>
            {r.rows.map((row) => (
              <tr key={row.username} className="board-row" data-testid="result-row" data-username={row.username}>
                <td className="col-num">{row.rank}</td>
                <td>
                  <Link to={`/u/${encodeURIComponent(row.username)}`}>{row.username}</Link>
                </td>
                <td className="col-num">{row.total.points}</td>
                <td className="col-num">{Math.floor(row.total.penalty / 60)}</td>
                {Array.from({ length: columns }, (_, i) => <td key={i} className="col-num">{cellText(row, i)}</td>)}
                {r.rated && <td className="col-num"><RatingChange row={row} /></td>}
              </tr>
            ))}
          </tbody>
        </table>
        {r.rows.length === 0 && <p className="muted">No one submitted in this contest.</p>}
      </div>
      {pages > 1 && (
        <nav className="pager" aria-label="Result pages">
          <button type="button" disabled={page <= 1} onClick={() => setPage(page - 1)}>Previous</button>
          <span className="muted"> Page {page} of {pages} </span>
          <button type="button" disabled={page >= pages} onClick={() => setPage(page + 1)}>Next</button>
        </nav>
      )}
    </div>
  );
}
