// The dashboard's recent activity: the signed-in user's latest submissions (problem, verdict,
// language, how long ago), each linking to that problem's submissions. It reads the same list
// as the Submissions page (GET /api/users/me/submissions), first page only.

import { listMySubmissions } from '../api/myWork';
import { ErrorMessage } from '../components/ErrorMessage';
import { timeAgo } from '../lib/format';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';
import { statusName, statusTone } from '../submissions/verdicts';

const SHOWN = 8;

export function RecentActivity() {
  const list = useAsync(() => listMySubmissions(1, SHOWN, {}), []);
  return (
    <section className="card dash-card" data-testid="recent-activity">
      <h2>
        Recent activity{' '}
        <Link to="/submissions" className="dash-profile-link">
          all submissions
        </Link>
      </h2>
      {list.status === 'loading' && <p className="muted">Loading…</p>}
      {list.status === 'failed' && <ErrorMessage message={list.error} />}
      {list.status === 'done' && list.data.items.length === 0 && <p className="muted">No submissions yet. Solve a problem to see it here.</p>}
      {list.status === 'done' && list.data.items.length > 0 && (
        <ul className="activity-list">
          {list.data.items.map((s) => (
            <li key={s.id} data-testid="activity" data-submission-id={s.id} data-status={s.status}>
              <Link to={`/problems/${encodeURIComponent(s.problem_slug)}?tab=submissions`} className="activity-problem">
                {s.problem_title}
              </Link>
              <span className={`history-status tone-${statusTone(s.status)}`}>{statusName(s.status)}</span>
              <span className="muted small">{s.language}</span>
              <time className="muted small" dateTime={s.created_at} title={new Date(s.created_at).toLocaleString()}>
                {timeAgo(s.created_at)}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
