// The signed-in user's bookmarked problems, newest bookmark first, a page at a time.

import { useState } from 'react';
import { listBookmarks } from '../api/myWork';
import { useSession } from '../auth/useSession';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';

const PER_PAGE = 20;

export function BookmarksPage() {
  const session = useSession();
  const [page, setPage] = useState(1);
  const list = useAsync(() => listBookmarks(page, PER_PAGE), [page, session.status]);

  if (session.status === 'anonymous') return <p className="muted">Log in to see your bookmarks.</p>;
  return (
    <section className="bookmarks-page">
      <h1>Bookmarks</h1>
      {list.status === 'failed' && <ErrorMessage message={list.error} testId="bookmarks-error" />}
      {list.status === 'loading' && <p className="muted">Loading your bookmarks…</p>}
      {list.status === 'done' && list.data.total === 0 && <p className="muted" data-testid="bookmarks-empty">No bookmarks yet: use ☆ on a problem to keep it here.</p>}
      {list.status === 'done' && list.data.total > 0 && (
        <>
          <table className="problems-table">
            <tbody>
              {list.data.items.map(({ problem, bookmarked_at }) => (
                <tr key={problem.slug} data-testid="bookmark-row" data-slug={problem.slug}>
                  <td>
                    <Link to={`/problems/${encodeURIComponent(problem.slug)}`}>{problem.title}</Link>
                  </td>
                  <td>
                    <DifficultyBadge difficulty={problem.difficulty} />
                  </td>
                  <td className="muted small">{problem.tags.join(', ')}</td>
                  <td className="muted small">{new Date(bookmarked_at).toLocaleDateString()}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="pager">
            <button type="button" className="btn" disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Newer
            </button>
            <span className="muted small">{list.data.total} bookmarked</span>
            <button type="button" className="btn" disabled={page * PER_PAGE >= list.data.total} onClick={() => setPage(page + 1)}>
              Older
            </button>
          </div>
        </>
      )}
    </section>
  );
}
