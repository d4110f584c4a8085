// Problem sets as cards with the reader's progress ("solved x of n") as a bar; a premium set
// carries the padlock.

import type { ProblemSetSummary } from '../api/practice';
import { PremiumLock } from '../premium/PremiumLock';
import { Link } from '../router/router';

export function ProgressBar({ solved, total }: { solved: number; total: number }) {
  const share = total > 0 ? Math.round((solved / total) * 100) : 0;
  return (
    <div className="progress" role="progressbar" aria-valuemin={0} aria-valuemax={total} aria-valuenow={solved} aria-label={`${solved} of ${total} solved`}>
      <span className="progress-fill" style={{ width: `${share}%` }} />
    </div>
  );
}

export function SetCards({ sets }: { sets: ProblemSetSummary[] }) {
  return (
    <div className="set-cards">
      {sets.map((s) => (
        <Link key={s.slug} to={`/problem-sets/${encodeURIComponent(s.slug)}`} className="set-card" data-testid={`set-card-${s.slug}`} data-premium={s.is_premium}>
          <span className="set-card-title">
            {s.is_premium && <PremiumLock />} {s.title}
          </span>
          <span className="set-card-description muted small">{s.description}</span>
          <span className="set-card-progress">
            <span className="small" data-testid="set-progress">
              {s.solved !== undefined ? `${s.solved} of ${s.problems} solved` : `${s.problems} problems`}
            </span>
            {s.solved !== undefined && <ProgressBar solved={s.solved} total={s.problems} />}
          </span>
        </Link>
      ))}
    </div>
  );
}
