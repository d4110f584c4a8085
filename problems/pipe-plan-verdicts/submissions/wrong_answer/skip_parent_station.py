# Right plan, one classic slip in the bridge search: it skips every pipe back to the parent
# *station* instead of the one pipe it arrived by. Two parallel pipes of the same cost then
# both look essential, although either one can replace the other.
class Solution:
    def classifyPipes(self, n: int, pipes: List[List[int]]) -> List[int]:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]
                x = parent[x]
            return x

        m = len(pipes)
        order = sorted(range(m), key=lambda i: pipes[i][2])
        verdict = [0] * m
        i = 0
        while i < m:
            cost = pipes[order[i]][2]
            j = i
            while j < m and pipes[order[j]][2] == cost:
                j += 1
            adj, ends = {}, []
            for t in range(i, j):
                e = order[t]
                a, b = find(pipes[e][0]), find(pipes[e][1])
                if a != b:
                    verdict[e] = 1
                    ends.append((a, b))
                    adj.setdefault(a, []).append((b, e))
                    adj.setdefault(b, []).append((a, e))
            disc, low, timer = {}, {}, 0
            for s in adj:
                if s in disc:
                    continue
                disc[s] = low[s] = timer
                timer += 1
                stack = [(s, -1, -1, iter(adj[s]))]
                while stack:
                    v, came, up, it = stack[-1]
                    for to, e in it:
                        if to == up:  # the mistake: should compare the pipe, e == came
                            continue
                        if to in disc:
                            low[v] = min(low[v], disc[to])
                        else:
                            disc[to] = low[to] = timer
                            timer += 1
                            stack.append((to, e, v, iter(adj[to])))
                            break
                    else:
                        stack.pop()
                        if stack:
                            p = stack[-1][0]
                            low[p] = min(low[p], low[v])
                            if low[v] > disc[p]:
                                verdict[came] = 2
            for a, b in ends:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
            i = j
        return verdict
