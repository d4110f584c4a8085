// Human names for a contest's kind, scoring format and phase.

import type { ContestFormat, ContestKind, ContestPhase } from '../api/contests';

export const KIND_LABELS: Record<ContestKind, string> = { weekly: 'Weekly', biweekly: 'Biweekly', virtual: 'Virtual' };
export const FORMAT_LABELS: Record<ContestFormat, string> = { leetcode: 'LeetCode scoring', icpc: 'ICPC scoring', ioi: 'IOI scoring' };
export const PHASE_LABELS: Record<ContestPhase, string> = { upcoming: 'Upcoming', running: 'Live', ended: 'Ended' };
