class Solution:
    def lightingHours(self, n: int, sightlines: List[List[int]], start: int) -> List[int]:
        sees = [[] for _ in range(n)]
        for a, b in sightlines:
            sees[a].append(b)
            sees[b].append(a)
        hours = [-1] * n
        hours[start] = 0
        queue = deque([start])
        while queue:
            u = queue.popleft()
            for v in sees[u]:
                if hours[v] == -1:  # marked when queued, so each beacon is queued once
                    hours[v] = hours[u] + 1
                    queue.append(v)
        return hours
