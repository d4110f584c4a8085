from collections import deque


class Solution:
    def earliestFinish(self, minutes: List[int], rules: List[List[int]]) -> int:
        n = len(minutes)
        after = [[] for _ in range(n)]
        waiting = [0] * n
        for a, b in rules:
            after[a].append(b)
            waiting[b] += 1
        start = [0] * n  # the latest finish among the prerequisites processed so far
        ready = deque(v for v in range(n) if waiting[v] == 0)
        taken = last = 0
        while ready:
            v = ready.popleft()
            taken += 1
            finish = start[v] + minutes[v]
            if finish > last:
                last = finish
            for w in after[v]:
                if finish > start[w]:
                    start[w] = finish
                waiting[w] -= 1
                if waiting[w] == 0:
                    ready.append(w)
        return last if taken == n else -1  # tasks never ready wait on each other in a cycle
