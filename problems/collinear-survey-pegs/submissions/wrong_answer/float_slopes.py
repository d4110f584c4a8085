# Wrong: keys each line by its slope as a float. With coordinates up to 10^9, two different
# slopes can differ by about 10^-18, far below a double's precision, and land on one key:
# pegs on different lines are counted together.
class Solution:
    def mostOnLine(self, pegs: List[List[int]]) -> int:
        n, best = len(pegs), 1
        for i in range(n):
            x0, y0 = pegs[i]
            lines = defaultdict(int)
            same = 0
            for x, y in pegs[i + 1:]:
                if x == x0 and y == y0:
                    same += 1
                elif x == x0:
                    lines["vertical"] += 1
                else:
                    lines[(y - y0) / (x - x0)] += 1
            best = max(best, 1 + same + max(lines.values(), default=0))
        return best
