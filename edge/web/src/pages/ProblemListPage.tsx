// The problem list: one page of problems at a time, filterable by difficulty. Page and filter
// live in the URL (?page=2&difficulty=Easy) so they survive reloads and the back button.

import { listProblems } from '../api/endpoints';
import type { Difficulty } from '../api/types';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatPercent } from '../lib/format';
import { useAsync } from '../lib/useAsync';
import { Link, navigate, useLocation } from '../router/router';

const PER_PAGE = 20;
const DIFFICULTIES: Difficulty[] = ['Easy', 'Medium', 'Hard'];

function listUrl(page: number, difficulty: Difficulty | null): string {
  const q = new URLSearchParams();
  if (page > 1) q.set('page', String(page));
  if (difficulty) q.set('difficulty', difficulty);
  const s = q.toString();
  return s ? `/problems?${s}` : '/problems';
}

export function ProblemListPage() {
  const { search } = useLocation();
  const page = Math.max(1, Number.parseInt(search.get('page') ?? '1', 10) || 1);
  const raw = search.get('difficulty');
  const difficulty = DIFFICULTIES.find((d) => d === raw) ?? null;
  const result = useAsync(() => listProblems(page, PER_PAGE, difficulty), [page, difficulty]);
  const data = result.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.per_page)) : 1;

  return (
    <div className="problem-list">
      <div className="list-header">
        <h1>Problems</h1>
        <label className="filter">
          <span>Difficulty</span>
          <select
            data-testid="difficulty-filter"
            value={difficulty ?? ''}
            onChange={(e) => navigate(listUrl(1, (e.target.value || null) as Difficulty | null))}
          >
            <option value="">All</option>
            {DIFFICULTIES.map((d) => (
              <option key={d} value={d}>
                {d}
              </option>
            ))}
          </select>
        </label>
      </div>

      <ErrorMessage message={result.error} />

      <div className="card">
        <table className="problems-table" data-testid="problem-table">
          <thead>
            <tr>
              <th className="col-title">Title</th>
              <th>Tags</th>
              <th className="col-num">Acceptance</th>
              <th>Difficulty</th>
            </tr>
          </thead>
          <tbody>
            {result.status === 'loading' && (
              <tr>
                <td colSpan={4} className="muted center">
                  Loading problems…
                </td>
              </tr>
            )}
            {data && data.items.length === 0 && (
              <tr>
                <td colSpan={4} className="muted center" data-testid="problem-list-empty">
                  {data.total > 0 ? `There is no page ${page}.` : 'No problems match this filter.'}
                </td>
              </tr>
            )}
            {data?.items.map((p) => (
              <tr key={p.slug} data-testid="problem-row" data-slug={p.slug}>
                <td className="col-title">
                  <Link to={`/problems/${encodeURIComponent(p.slug)}`} data-testid={`problem-link-${p.slug}`}>
                    {p.title}
                  </Link>
                  {p.is_premium && <span className="badge badge-premium">Premium</span>}
                </td>
                <td>
                  <span className="tags">
                    {p.tags.map((t) => (
                      <span key={t} className="tag">
                        {t}
                      </span>
                    ))}
                  </span>
                </td>
                <td className="col-num">{formatPercent(p.acceptance_rate)}</td>
                <td>
                  <DifficultyBadge difficulty={p.difficulty} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {data && (
        <nav className="pagination" aria-label="Pages">
          <button
            type="button"
            className="btn btn-ghost"
            data-testid="page-prev"
            disabled={page <= 1}
            onClick={() => navigate(listUrl(page - 1, difficulty))}
          >
            ← Previous
          </button>
          <span className="muted" data-testid="page-indicator">
            Page {page} of {pages} · {data.total} problems
          </span>
          <button
            type="button"
            className="btn btn-ghost"
            data-testid="page-next"
            disabled={page >= pages}
            onClick={() => navigate(listUrl(page + 1, difficulty))}
          >
            Next →
          </button>
        </nav>
      )}
    </div>
  );
}
