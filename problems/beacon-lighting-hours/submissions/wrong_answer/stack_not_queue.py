# The breadth-first search with a stack instead of a queue (pop() rather than popleft()): it
# becomes a depth-first search, so a beacon may first be reached, and given its hour, at the
# end of a long detour, and it is never corrected.
class Solution:
    def lightingHours(self, n: int, sightlines: List[List[int]], start: int) -> List[int]:
        sees = [[] for _ in range(n)]
        for a, b in sightlines:
            sees[a].append(b)
            sees[b].append(a)
        hours = [-1] * n
        hours[start] = 0
        stack = [start]
        while stack:
            u = stack.pop()
            for v in sees[u]:
                if hours[v] == -1:
                    hours[v] = hours[u] + 1
                    stack.append(v)
        return hours
