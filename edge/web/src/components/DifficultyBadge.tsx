// The coloured Easy / Medium / Hard pill.

import type { Difficulty } from '../api/types';

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return (
    <span className={`badge badge-${difficulty.toLowerCase()}`} data-testid="difficulty-badge">
      {difficulty}
    </span>
  );
}
