// Anyone's public profile at /u/:username: name, bio, links, solves by difficulty, badges,
// rating with its history chart, and recent accepted problems. Nothing private is in the answer to show.

import { getPublicProfile } from '../api/profile';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { ErrorMessage } from '../components/ErrorMessage';
import { RatingChart } from '../dashboard/RatingChart';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';

export default function PublicProfilePage({ username }: { username: string }) {
  const state = useAsync(() => getPublicProfile(username), [username]);
  if (state.status === 'loading') return <p className="muted">Loading…</p>;
  if (state.status === 'failed') return <ErrorMessage message={state.error} />;
  const p = state.data;
  const solved = p.solved.reduce((sum, d) => sum + d.solved, 0);
  return (
    <div className="profile" data-testid="public-profile">
      <section className="card dash-card profile-head">
        {p.avatar_url ? <img className="avatar" src={p.avatar_url} alt="" width={96} height={96} /> : <div className="avatar avatar-blank">{p.username.slice(0, 1).toUpperCase()}</div>}
        <div>
          <h1 data-testid="profile-name">{p.display_name ?? p.username}</h1>
          <p className="muted">
            @{p.username}
            {p.location && ` · ${p.location}`} · joined {new Date(p.joined_at).toLocaleDateString()}
          </p>
          {p.bio && <p className="profile-bio">{p.bio}</p>}
          <ul className="profile-links">
            {p.links.map((l) => (
              <li key={l}>
                <a href={l} rel="noopener noreferrer nofollow" target="_blank">
                  {l.replace(/^https?:\/\//, '')}
                </a>
              </li>
            ))}
          </ul>
        </div>
      </section>
      <div className="stat-row">
        <div className="card stat-card">
          <div className="stat-value" data-testid="profile-solved">
            {solved}
          </div>
          <div className="muted">solved</div>
        </div>
        {p.solved.map((d) => (
          <div className="card stat-card" key={d.difficulty} data-testid={`profile-${d.difficulty.toLowerCase()}`}>
            <div className="stat-value">
              {d.solved}
              <span className="muted">/{d.total}</span>
            </div>
            <DifficultyBadge difficulty={d.difficulty} />
          </div>
        ))}
        <div className="card stat-card">
          <div className="stat-value" data-testid="profile-rating">
            {p.rated_contests > 0 ? p.rating : '—'}
          </div>
          <div className="muted">contest rating</div>
        </div>
      </div>
      {p.badges.length > 0 && (
        <ul className="badge-row" data-testid="profile-badges">
          {p.badges.map((b) => (
            <li key={b.id} className="badge badge-earned">
              {b.name}
            </li>
          ))}
        </ul>
      )}
      <RatingChart username={p.username} />
      <section className="card dash-card">
        <h2>Recent solves</h2>
        {p.recent_solves.length === 0 && <p className="muted">Nothing solved yet.</p>}
        <ul className="tag-list">
          {p.recent_solves.map((s) => (
            <li key={s.slug} data-testid="recent-solve">
              <Link to={`/problems/${s.slug}`}>{s.title}</Link> <DifficultyBadge difficulty={s.difficulty} /> <span className="muted">{new Date(s.solved_at).toLocaleDateString()}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
