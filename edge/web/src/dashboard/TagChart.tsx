// The per-tag radar: solved share of each tag (the eight largest), so weak spots show as dents.

import type { UserStats } from '../api/profile';
import { useChart } from './chart';

export function TagChart({ tags }: { tags: UserStats['tags'] }) {
  const shown = [...tags].sort((a, b) => b.total - a.total).slice(0, 8);
  const canvas = useChart(
    {
      type: 'radar',
      data: {
        labels: shown.map((t) => t.tag),
        datasets: [
          {
            label: 'Solved %',
            data: shown.map((t) => Math.round((100 * t.solved) / Math.max(t.total, 1))),
            backgroundColor: 'rgba(79, 70, 229, 0.2)',
            borderColor: '#4f46e5',
          },
        ],
      },
      options: { animation: false, scales: { r: { min: 0, max: 100, ticks: { stepSize: 25 } } }, plugins: { legend: { display: false } } },
    },
    JSON.stringify(shown),
  );
  return (
    <section className="card dash-card" data-testid="tag-chart">
      <h2>Topics</h2>
      {shown.length < 3 ? <p className="muted">Solve problems in a few topics to see your shape here.</p> : <canvas ref={canvas} aria-label="Solved share per topic" />}
      <ul className="tag-list">
        {shown.map((t) => (
          <li key={t.slug} data-testid="tag-count">
            {t.tag} <span className="muted">{t.solved}/{t.total}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
