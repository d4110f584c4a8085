# Merge equal pegs into (spot, multiplicity) first. Then each spot in turn is the line's first
# spot: the later spots are grouped by their direction from it, reduced by the gcd and with
# its sign fixed, so each line through the spot is one exact integer key. O(n² log C).
class Solution:
    def mostOnLine(self, pegs: List[List[int]]) -> int:
        count = Counter((x, y) for x, y in pegs)
        spots = list(count.items())
        best = max(count.values())
        for i, ((x0, y0), here) in enumerate(spots):
            lines = defaultdict(int)
            for (x, y), c in spots[i + 1:]:
                dx, dy = x - x0, y - y0
                g = gcd(dx, dy)
                dx //= g
                dy //= g
                if dx < 0 or (dx == 0 and dy < 0):
                    dx, dy = -dx, -dy
                lines[dx, dy] += c
            if lines:
                best = max(best, here + max(lines.values()))
        return best
