class Solution:
    def canLayer(self, rules: List[List[str]]) -> bool:
        ids = {}
        for x, y in rules:
            ids.setdefault(x, len(ids))
            ids.setdefault(y, len(ids))
        n = len(ids)
        after = [[] for _ in range(n)]
        waits = [0] * n  # rules still holding each sticker back
        for x, y in rules:
            after[ids[x]].append(ids[y])
            waits[ids[y]] += 1
        queue = deque(s for s in range(n) if waits[s] == 0)
        placed = 0
        while queue:
            s = queue.popleft()
            placed += 1
            for t in after[s]:
                waits[t] -= 1
                if waits[t] == 0:
                    queue.append(t)
        return placed == n
