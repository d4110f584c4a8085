// A user's contest rating over time: one point per rated contest (its end), drawn with the
// lazily loaded Chart.js (chart.ts), and the contests listed under it with their changes.

import { getRatingHistory, type RatingHistory } from '../api/contests';
import { ErrorMessage } from '../components/ErrorMessage';
import { useAsync } from '../lib/useAsync';
import { Link } from '../router/router';
import { useChart, withAlpha } from './chart';

function Chart({ history }: { history: RatingHistory }) {
  const entries = history.entries;
  const canvas = useChart(
    (p) => ({
      type: 'line',
      data: {
        labels: entries.map((e) => new Date(e.at).toLocaleDateString()),
        datasets: [
          {
            label: 'Rating',
            data: entries.map((e) => e.new_rating),
            borderColor: p.accent,
            backgroundColor: withAlpha(p.accent, 0.15),
            fill: true,
            tension: 0.2,
          },
        ],
      },
      options: {
        animation: false,
        plugins: {
          legend: { display: false },
          tooltip: { callbacks: { title: (items) => entries[items[0]?.dataIndex ?? 0]?.contest_title ?? '' } },
        },
      },
    }),
    JSON.stringify(entries),
  );
  return <canvas ref={canvas} aria-label="Contest rating over time" data-testid="rating-chart-canvas" />;
}

export function RatingChart({ username }: { username: string }) {
  const state = useAsync(() => getRatingHistory(username), [username]);
  if (state.status === 'loading') return null;
  if (state.status === 'failed') return <ErrorMessage message={state.error} />;
  const history = state.data;
  const latest = [...history.entries].reverse().slice(0, 5);
  return (
    <section className="card dash-card" data-testid="rating-chart" data-points={history.entries.length}>
      <h2>
        Contest rating <span className="muted">· {history.entries.length > 0 ? history.rating : 'unrated'}</span>
      </h2>
      {history.entries.length === 0 ? (
        <p className="muted">Take part in a rated contest to get a rating.</p>
      ) : (
        <>
          <Chart history={history} />
          <ul className="tag-list">
            {latest.map((e) => {
              const delta = e.new_rating - e.old_rating;
              return (
                <li key={e.contest_slug} data-testid="rating-entry">
                  <Link to={`/contests/${encodeURIComponent(e.contest_slug)}/results`}>{e.contest_title}</Link>{' '}
                  <span className="muted">#{e.rank}</span>{' '}
                  <span className={delta >= 0 ? 'rating-up' : 'rating-down'}>{delta >= 0 ? `+${delta}` : `−${-delta}`}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
