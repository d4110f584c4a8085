// The year of accepted submissions: one cell per local day (the user's time zone, as the farm
// counted them), in week columns like a contribution calendar. Cells are plain elements, so
// each day has its own title and the calendar needs no chart code.

import type { Heatmap } from '../api/profile';

/** The dates from `from` to `to` inclusive (YYYY-MM-DD, calendar arithmetic in UTC). */
export function daysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end; t += 86_400_000) out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

function level(n: number): number {
  if (n === 0) return 0;
  if (n === 1) return 1;
  if (n <= 3) return 2;
  if (n <= 6) return 3;
  return 4;
}

export function HeatmapCalendar({ heatmap }: { heatmap: Heatmap }) {
  const counts = new Map(heatmap.days.map((d) => [d.date, d.accepted]));
  const days = daysBetween(heatmap.from, heatmap.to);
  // Blank cells before the first day put each date in its weekday row (Sunday first).
  const lead = new Date(`${heatmap.from}T00:00:00Z`).getUTCDay();
  const total = heatmap.days.reduce((sum, d) => sum + d.accepted, 0);
  const active = heatmap.days.length;
  return (
    <section className="card dash-card dash-wide" data-testid="heatmap">
      <h2>
        {total} accepted in the last year <span className="muted">· {active} active days · {heatmap.time_zone}</span>
      </h2>
      <div className="heatmap-grid" role="grid" aria-label="Accepted submissions per day">
        {Array.from({ length: lead }, (_, i) => (
          <span key={`pad-${i}`} className="heat-cell heat-pad" />
        ))}
        {days.map((date) => {
          const n = counts.get(date) ?? 0;
          return <span key={date} className={`heat-cell heat-${level(n)}`} data-testid="heat-day" data-date={date} data-count={n} title={`${date}: ${n} accepted`} />;
        })}
      </div>
    </section>
  );
}
