class Solution:
    def shortestStroll(self, positions: List[int], flavours: List[int], k: int) -> List[int]:
        stalls = sorted(zip(positions, flavours))
        count = [0] * k
        have, left = 0, 0
        best = None
        for pos, flavour in stalls:
            if count[flavour] == 0:
                have += 1
            count[flavour] += 1
            while have == k:
                start, gone = stalls[left]
                if best is None or pos - start < best[1] - best[0]:
                    best = [start, pos]
                count[gone] -= 1
                if count[gone] == 0:
                    have -= 1
                left += 1
        return best
