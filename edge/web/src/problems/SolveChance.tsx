// "Your chance of solving: 63%": the signed-in reader's chance from the calibrated difficulty.
// Its own small per-user call, so the problem's detail stays one cached body for everyone.
// On failure it shows nothing: the chance is a hint, never in the way.

import { getChance, percent } from '../api/reviews';
import { useAsync } from '../lib/useAsync';

export function SolveChance({ slug }: { slug: string }) {
  const chance = useAsync(() => getChance(slug), [slug]);
  if (chance.status !== 'done') return null;
  const { problem_attempts, problem_rating } = chance.data;
  const basis = problem_attempts > 0 ? `problem rated ${Math.round(problem_rating)} from ${problem_attempts} attempts` : 'no attempts yet: estimated from its difficulty label';
  return (
    <span className="muted small solve-chance" data-testid="solve-chance" title={basis}>
      Your chance of solving: {percent(chance.data.chance)}
    </span>
  );
}
