# Equal remainders of running totals: each pair is one crate-even stretch. O(n).
class Solution:
    def crateEvenStretches(self, net: List[int], k: int) -> int:
        seen = {0: 1}  # remainder of a running total -> how many so far (the empty start too)
        total = count = 0
        for x in net:
            total += x
            r = total % k  # never negative in Python
            c = seen.get(r, 0)
            count += c
            seen[r] = c + 1
        return count
