class Solution:
    def fewestHops(self, hops: List[int]) -> int:
        n = len(hops)
        rounds, end, farthest = 0, 0, 0
        for i in range(n - 1):
            farthest = max(farthest, i + hops[i])
            if i == end:  # every stone of this round has been looked at
                if farthest <= i:
                    return -1
                rounds += 1
                end = farthest
                if end >= n - 1:
                    break
        return rounds
