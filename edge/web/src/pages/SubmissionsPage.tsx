// All the signed-in user's submissions, newest first, filtered by problem, status and language,
// each row linking to its problem's submission history. Filters live in the query string so a
// filtered view can be shared or reloaded.

import { listLanguages } from '../api/endpoints';
import { listMySubmissions } from '../api/myWork';
import { useSession } from '../auth/useSession';
import { ErrorMessage } from '../components/ErrorMessage';
import { formatMemory, formatRuntime } from '../lib/format';
import { useAsync } from '../lib/useAsync';
import { Link, navigate, useLocation } from '../router/router';
import { statusName, statusTone } from '../submissions/verdicts';

const PER_PAGE = 20;
const STATUSES = ['accepted', 'wrong_answer', 'time_limit_exceeded', 'memory_limit_exceeded', 'runtime_error', 'compile_error', 'output_limit_exceeded', 'queued', 'judging', 'internal_error'] as const;

export function SubmissionsPage() {
  const session = useSession();
  const { search } = useLocation();
  const page = Math.max(1, Number(search.get('page')) || 1);
  const filters = { problem: search.get('problem') ?? '', status: search.get('status') ?? '', language: search.get('language') ?? '' };
  const languages = useAsync(listLanguages, []);
  const list = useAsync(() => listMySubmissions(page, PER_PAGE, filters), [page, filters.problem, filters.status, filters.language, session.status]);

  function go(next: Partial<typeof filters> & { page?: number }) {
    const q = new URLSearchParams();
    const merged = { ...filters, ...next };
    for (const [k, v] of Object.entries(merged)) if (v && k !== 'page') q.set(k, String(v));
    if (next.page && next.page > 1) q.set('page', String(next.page));
    const qs = q.toString();
    navigate(`/submissions${qs ? `?${qs}` : ''}`);
  }

  if (session.status === 'anonymous') return <p className="muted">Log in to see your submissions.</p>;

  return (
    <section className="submissions-page">
      <h1>My submissions</h1>
      <div className="filters" data-testid="submission-filters">
        <select aria-label="Status" data-testid="filter-status" value={filters.status} onChange={(e) => go({ status: e.target.value })}>
          <option value="">Any status</option>
          {STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusName(s)}
            </option>
          ))}
        </select>
        <select aria-label="Language" data-testid="filter-language" value={filters.language} onChange={(e) => go({ language: e.target.value })}>
          <option value="">Any language</option>
          {(languages.data ?? []).map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
        {filters.problem && (
          <button type="button" className="btn btn-ghost" data-testid="filter-problem-clear" onClick={() => go({ problem: '' })}>
            Problem: {filters.problem} ✕
          </button>
        )}
      </div>
      {list.status === 'failed' && <ErrorMessage message={list.error} testId="my-submissions-error" />}
      {list.status === 'loading' && <p className="muted">Loading your submissions…</p>}
      {list.status === 'done' && list.data.total === 0 && <p className="muted" data-testid="my-submissions-empty">No submissions match.</p>}
      {list.status === 'done' && list.data.total > 0 && (
        <>
          <table className="problems-table history-table">
            <thead>
              <tr>
                <th>Problem</th>
                <th>Status</th>
                <th>Language</th>
                <th className="col-num">Runtime</th>
                <th className="col-num">Memory</th>
                <th>Submitted</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((s) => (
                <tr key={s.id} data-testid="my-submission" data-submission-id={s.id} data-status={s.status}>
                  <td>
                    <Link to={`/problems/${encodeURIComponent(s.problem_slug)}?tab=submissions`}>{s.problem_title}</Link>{' '}
                    <button type="button" className="btn btn-ghost small" title="Only this problem" onClick={() => go({ problem: s.problem_slug })}>
                      ⌕
                    </button>
                  </td>
                  <td className={`history-status tone-${statusTone(s.status)}`}>{statusName(s.status)}</td>
                  <td>{s.language}</td>
                  <td className="col-num">{s.runtime_ms != null ? formatRuntime(s.runtime_ms) : '—'}</td>
                  <td className="col-num">{s.memory_kb != null ? formatMemory(s.memory_kb) : '—'}</td>
                  <td className="muted small">{new Date(s.created_at).toLocaleString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" className="btn" disabled={page <= 1} onClick={() => go({ page: page - 1 })}>
              Newer
            </button>
            <span className="muted small" data-testid="my-submissions-total">
              Page {page} of {Math.max(1, Math.ceil(list.data.total / PER_PAGE))} · {list.data.total} submissions
            </span>
            <button type="button" className="btn" disabled={page * PER_PAGE >= list.data.total} onClick={() => go({ page: page + 1 })}>
              Older
            </button>
          </div>
        </>
      )}
    </section>
  );
}
