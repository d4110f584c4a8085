// How one problem's cell of a board row reads: + solved (+n after n rejections), ? pending,
// −n rejected n times. Shared by the live board, the results and a virtual run's board.

import type { StandingRow } from './useContestRoom';

export function cellText(row: Pick<StandingRow, 'cells'>, i: number): string {
  const cell = row.cells[i];
  if (!cell) return '';
  if (cell.solved_at != null) return cell.rejected > 0 ? `+${cell.rejected}` : '+';
  if (cell.pending > 0) return '?';
  return cell.rejected > 0 ? `−${cell.rejected}` : '';
}
