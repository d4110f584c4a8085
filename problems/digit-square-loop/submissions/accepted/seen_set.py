class Solution:
    def reachesOne(self, n: int) -> bool:
        seen = set()
        while n != 1 and n not in seen:  # a repeat means a loop without 1
            seen.add(n)
            n = sum(int(d) ** 2 for d in str(n))
        return n == 1
