// The signed-in user's past submissions for one problem, newest first, a page at a time.

import { useState } from 'react';
import { listProblemSubmissions } from '../api/endpoints';
import { useAsync } from '../lib/useAsync';
import { formatMemory, formatRuntime } from '../lib/format';
import { statusName, statusTone } from '../submissions/verdicts';
import { ErrorMessage } from './ErrorMessage';

const PER_PAGE = 20;

function formatWhen(iso: string): string {
  const when = new Date(iso);
  return Number.isNaN(when.getTime()) ? iso : when.toLocaleString();
}

/** `refreshKey` changes when a new verdict may have added a row. */
export function SubmissionHistory({ slug, refreshKey }: { slug: string; refreshKey: string }) {
  const [page, setPage] = useState(1);
  const history = useAsync(() => listProblemSubmissions(slug, page, PER_PAGE), [slug, page, refreshKey]);

  if (history.status === 'failed') return <ErrorMessage message={history.error} testId="submission-history-error" />;
  if (history.status === 'loading') return <p className="muted">Loading your submissions…</p>;
  const { items, total } = history.data;
  if (total === 0) return <p className="muted" data-testid="submission-history-empty">You have not submitted a solution to this problem yet.</p>;
  const pages = Math.max(1, Math.ceil(total / PER_PAGE));

  return (
    <section className="history">
      <table className="problems-table history-table">
        <thead>
          <tr>
            <th>Status</th>
            <th>Language</th>
            <th className="col-num">Runtime</th>
            <th className="col-num">Memory</th>
            <th>Submitted</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id} data-testid="submission-history" data-submission-id={s.id} data-status={s.status}>
              <td className={`history-status tone-${statusTone(s.status)}`}>{statusName(s.status)}</td>
              <td>{s.language}</td>
              <td className="col-num">{s.runtime_ms != null ? formatRuntime(s.runtime_ms) : '—'}</td>
              <td className="col-num">{s.memory_kb != null ? formatMemory(s.memory_kb) : '—'}</td>
              <td className="muted small">{formatWhen(s.created_at)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 && (
        <div className="pager">
          <button type="button" className="btn" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            Newer
          </button>
          <span className="muted small">
            Page {page} of {pages}
          </span>
          <button type="button" className="btn" disabled={page >= pages} onClick={() => setPage(page + 1)}>
            Older
          </button>
        </div>
      )}
    </section>
  );
}
