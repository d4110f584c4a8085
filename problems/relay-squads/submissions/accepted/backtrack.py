class Solution:
    def relaySquads(self, times: List[int], k: int, limit: int) -> List[List[int]]:
        n = len(times)
        found, chosen = [], []

        def build(start, total):
            if len(chosen) == k:
                found.append(chosen[:])
                return
            for i in range(start, n - (k - len(chosen)) + 1):  # leave room for the rest
                if total + times[i] > limit:
                    continue  # not break: a later runner may be faster
                chosen.append(i)
                build(i + 1, total + times[i])
                chosen.pop()

        build(0, 0)
        return found
