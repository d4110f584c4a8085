// The signed-in user's dashboard: stats cards, the streak, the year's heatmap, the topic radar,
// difficulty rings, languages, recommendations and the review queue. Loaded lazily (App.tsx), with Chart.js in
// a chunk of its own, so none of it weighs on the first page load.

import { getHeatmap, getRecommendations, getStats, getStreak } from '../api/profile';
import { percent } from '../api/reviews';
import { useSession } from '../auth/useSession';
import { DifficultyBadge } from '../components/DifficultyBadge';
import { ErrorMessage } from '../components/ErrorMessage';
import { DifficultyRings } from '../dashboard/DifficultyRings';
import { HeatmapCalendar } from '../dashboard/HeatmapCalendar';
import { ReviewCard } from '../dashboard/ReviewCard';
import { RatingChart } from '../dashboard/RatingChart';
import { RecentActivity } from '../dashboard/RecentActivity';
import { TagChart } from '../dashboard/TagChart';
import { useAsync } from '../lib/useAsync';
import { PremiumBadge } from '../premium/PremiumBadge';
import { Link } from '../router/router';

function Stat({ label, value, testId }: { label: string; value: string | number; testId: string }) {
  return (
    <div className="card stat-card">
      <div className="stat-value" data-testid={testId}>
        {value}
      </div>
      <div className="muted">{label}</div>
    </div>
  );
}

function Dashboard() {
  const session = useSession();
  const data = useAsync(() => Promise.all([getStats(), getStreak(), getHeatmap(), getRecommendations()]), []);
  if (data.status === 'loading') return <p className="muted">Loading your progress…</p>;
  if (data.status === 'failed') return <ErrorMessage message={data.error} />;
  const [stats, streak, heatmap, recs] = data.data;
  const username = session.status === 'authenticated' ? session.user.username : null;
  return (
    <div className="dashboard" data-testid="dashboard">
      <div className="stat-row">
        <Stat label={`of ${stats.total_problems} problems solved`} value={stats.total_solved} testId="stat-solved" />
        <Stat label="acceptance rate" value={`${(stats.acceptance_rate * 100).toFixed(1)}%`} testId="stat-acceptance" />
        <Stat label="submissions" value={stats.submissions} testId="stat-submissions" />
        <div className={`card stat-card streak-card${streak.solved_today ? ' streak-today' : ''}`} data-testid="streak">
          <div className="stat-value">
            <span data-testid="streak-current">{streak.current}</span> day{streak.current === 1 ? '' : 's'}
          </div>
          <div className="muted">
            current streak · longest <span data-testid="streak-longest">{streak.longest}</span>
            {streak.solved_today ? ' · solved today' : ' · solve one today to keep it'}
          </div>
        </div>
      </div>
      <HeatmapCalendar heatmap={heatmap} />
      <RecentActivity />
      {username && <RatingChart username={username} />}
      <div className="dash-grid">
        <DifficultyRings solved={stats.solved} />
        <TagChart tags={stats.tags} />
      </div>
      <div className="dash-grid">
        <ReviewCard />
      </div>
      <div className="dash-grid">
        <section className="card dash-card" data-testid="recommendations">
          <h2>
            Recommended next <span className="muted">· {recs.target_difficulty}</span>
          </h2>
          {recs.items.length === 0 && <p className="muted">You have solved everything we would suggest. Impressive.</p>}
          <ol className="rec-list">
            {recs.items.map((r) => (
              <li key={r.slug} data-testid="recommendation">
                <Link to={`/problems/${r.slug}`}>{r.title}</Link> <DifficultyBadge difficulty={r.difficulty} />{' '}
                <span className="muted small" data-testid="recommendation-chance">
                  Your chance of solving: {percent(r.chance)}
                </span>
                <p className="muted rec-reason">{r.reason}</p>
              </li>
            ))}
          </ol>
        </section>
        <section className="card dash-card" data-testid="languages">
          <h2>Languages</h2>
          {stats.languages.length === 0 && <p className="muted">No submissions yet.</p>}
          <ul className="tag-list">
            {stats.languages.map((l) => (
              <li key={l.language} data-testid="language">
                {l.language} <span className="muted">{l.solved} solved · {l.submissions} submissions</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}

export default function DashboardPage() {
  const session = useSession();
  if (session.status === 'anonymous') {
    return (
      <div className="auth-card">
        <p>
          <Link to="/login?next=%2Fdashboard">Log in</Link> to see your progress.
        </p>
      </div>
    );
  }
  if (session.status !== 'authenticated') return <p className="muted">Loading…</p>;
  return (
    <>
      <h1>
        Dashboard <Link to={`/u/${session.user.username}`} className="muted dash-profile-link" data-testid="dash-profile-link">public profile</Link>
        <PremiumBadge role={session.user.role} />
      </h1>
      <Dashboard />
    </>
  );
}
