# Stops the loop at the first runner who is too slow, as if the times were sorted: the faster
# runners listed after a slow one are never tried.
class Solution:
    def relaySquads(self, times: List[int], k: int, limit: int) -> List[List[int]]:
        found, chosen = [], []

        def build(start, total):
            if len(chosen) == k:
                found.append(chosen[:])
                return
            for i in range(start, len(times)):
                if total + times[i] > limit:
                    break
                chosen.append(i)
                build(i + 1, total + times[i])
                chosen.pop()

        build(0, 0)
        return found
