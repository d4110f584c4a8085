// The per-tag radar: solved share of each tag (the eight largest), so weak spots show as dents.

import type { UserStats } from '../api/profile';
import { useChart, withAlpha } from './chart';

export function TagChart({ tags }: { tags: UserStats['tags'] }) {
  const shown = [...tags].sort((a, b) => b.total - a.total).slice(0, 8);
  const canvas = useChart(
    (p) => ({
      type: 'radar',
      data: {
        labels: shown.map((t) => t.tag),
        datasets: [
          {
            label: 'Solved %',
            data: shown.map((t) => Math.round((100 * t.solved) / Math.max(t.total, 1))),
            backgroundColor: withAlpha(p.accent, 0.2),
            borderColor: p.accent,
            pointBackgroundColor: p.accent,
          },
        ],
      },
      // The tick labels' white backdrop would be a white box on a dark card.
      options: { animation: false, scales: { r: { min: 0, max: 100, ticks: { stepSize: 25, backdropColor: 'transparent' }, angleLines: { color: p.grid }, grid: { color: p.grid }, pointLabels: { color: p.text } } }, plugins: { legend: { display: false } } },
    }),
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
