class Solution:
    def classifyPipes(self, n: int, pipes: List[List[int]]) -> List[int]:
        parent = list(range(n))

        def find(x):
            while parent[x] != x:
                parent[x] = parent[parent[x]]  # path halving
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
            # The pipes of this cost between different groups, as a multigraph on the roots.
            adj, ends = {}, []
            for t in range(i, j):
                e = order[t]
                a, b = find(pipes[e][0]), find(pipes[e][1])
                if a != b:
                    verdict[e] = 1
                    ends.append((a, b))
                    adj.setdefault(a, []).append((b, e))
                    adj.setdefault(b, []).append((a, e))
            # Bridges (Tarjan), iteratively; skip the pipe we came by, not the parent point.
            disc, low, timer = {}, {}, 0
            for s in adj:
                if s in disc:
                    continue
                disc[s] = low[s] = timer
                timer += 1
                stack = [(s, -1, iter(adj[s]))]
                while stack:
                    v, came, it = stack[-1]
                    for to, e in it:
                        if e == came:
                            continue
                        if to in disc:
                            if disc[to] < low[v]:
                                low[v] = disc[to]
                        else:
                            disc[to] = low[to] = timer
                            timer += 1
                            stack.append((to, e, iter(adj[to])))
                            break
                    else:
                        stack.pop()
                        if stack:
                            p = stack[-1][0]
                            if low[v] < low[p]:
                                low[p] = low[v]
                            if low[v] > disc[p]:
                                verdict[came] = 2
            for a, b in ends:
                ra, rb = find(a), find(b)
                if ra != rb:
                    parent[ra] = rb
            i = j
        return verdict
