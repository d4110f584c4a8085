# Remembers which computers have been seen, not which are connected: the first cable with two
# seen ends is taken for the cycle's closing cable.
class Solution:
    def extraCable(self, cables: List[List[int]]) -> List[int]:
        seen = set()
        for a, b in cables:
            if a in seen and b in seen:
                return [a, b]
            seen.add(a)
            seen.add(b)
        return []
