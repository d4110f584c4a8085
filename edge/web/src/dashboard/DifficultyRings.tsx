// One ring per difficulty: solved out of all problems of that difficulty.

import type { DifficultyCount } from '../api/profile';
import { useChart, type ChartPalette } from './chart';

const colorOf = (p: ChartPalette) => ({ Easy: p.easy, Medium: p.medium, Hard: p.hard }) as const;

function Ring({ count }: { count: DifficultyCount }) {
  const left = Math.max(count.total - count.solved, 0);
  const canvas = useChart(
    (p) => ({
      type: 'doughnut',
      data: { labels: ['Solved', 'Unsolved'], datasets: [{ data: [count.solved, left || (count.solved ? 0 : 1)], backgroundColor: [colorOf(p)[count.difficulty], p.track], borderWidth: 0 }] },
      options: { animation: false, cutout: '72%', plugins: { legend: { display: false }, tooltip: { enabled: false } } },
    }),
    `${count.solved}/${count.total}`,
  );
  return (
    <div className="ring" data-testid={`ring-${count.difficulty.toLowerCase()}`}>
      <canvas ref={canvas} width={96} height={96} aria-hidden="true" />
      <div className="ring-label">
        <strong data-testid="ring-solved">{count.solved}</strong>
        <span className="muted">/{count.total}</span>
        <div className={`ring-name badge-${count.difficulty.toLowerCase()}`}>{count.difficulty}</div>
      </div>
    </div>
  );
}

export function DifficultyRings({ solved }: { solved: DifficultyCount[] }) {
  return (
    <section className="card dash-card" data-testid="difficulty-rings">
      <h2>By difficulty</h2>
      <div className="rings">
        {solved.map((c) => (
          <Ring key={c.difficulty} count={c} />
        ))}
      </div>
    </section>
  );
}
