# Kahn's algorithm with a first-in first-out queue: a valid order, but not always the one that
# takes the lowest-numbered ready step first.
class Solution:
    def assemblyOrder(self, n: int, rules: List[List[int]]) -> List[int]:
        after = [[] for _ in range(n)]
        waits = [0] * n
        for a, b in rules:
            after[a].append(b)
            waits[b] += 1
        ready = collections.deque(s for s in range(n) if waits[s] == 0)
        order = []
        while ready:
            s = ready.popleft()
            order.append(s)
            for b in after[s]:
                waits[b] -= 1
                if waits[b] == 0:
                    ready.append(b)
        return order if len(order) == n else []
