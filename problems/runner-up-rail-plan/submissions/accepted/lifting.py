# Kruskal, then binary lifting with the two largest distinct costs per climb.
class Solution:
    def runnerUpCost(self, n: int, tracks: List[List[int]]) -> int:
        return solve(n, tracks)


def solve(n, tracks):
    parent = list(range(n))

    def find(x):
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    order = sorted(range(len(tracks)), key=lambda i: tracks[i][2])
    in_tree = [False] * len(tracks)
    adj = [[] for _ in range(n)]
    total, used = 0, 0
    for i in order:
        a, b, c = tracks[i]
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[ra] = rb
            in_tree[i] = True
            total += c
            used += 1
            adj[a].append((b, c))
            adj[b].append((a, c))
    if used != n - 1:
        return -1
    LOG = max(1, n.bit_length())
    up = [[0] * n for _ in range(LOG)]
    m1 = [[-1] * n for _ in range(LOG)]
    m2 = [[-1] * n for _ in range(LOG)]
    depth = [0] * n
    seen = [False] * n
    seen[0] = True
    stack = [0]
    while stack:
        u = stack.pop()
        for v, c in adj[u]:
            if not seen[v]:
                seen[v] = True
                depth[v] = depth[u] + 1
                up[0][v] = u
                m1[0][v] = c
                stack.append(v)

    def merge(a1, a2, b1, b2):
        vals = sorted({a1, a2, b1, b2}, reverse=True)
        return vals[0], (vals[1] if len(vals) > 1 else -1)

    for k in range(1, LOG):
        upk, upp, m1k, m2k, m1p, m2p = up[k], up[k - 1], m1[k], m2[k], m1[k - 1], m2[k - 1]
        for v in range(n):
            mid = upp[v]
            upk[v] = upp[mid]
            m1k[v], m2k[v] = merge(m1p[v], m2p[v], m1p[mid], m2p[mid])

    def query(u, v):
        b1, b2 = -1, -1
        if depth[u] < depth[v]:
            u, v = v, u
        diff = depth[u] - depth[v]
        k = 0
        while diff:
            if diff & 1:
                b1, b2 = merge(b1, b2, m1[k][u], m2[k][u])
                u = up[k][u]
            diff >>= 1
            k += 1
        if u == v:
            return b1, b2
        for k in range(LOG - 1, -1, -1):
            if up[k][u] != up[k][v]:
                b1, b2 = merge(b1, b2, m1[k][u], m2[k][u])
                b1, b2 = merge(b1, b2, m1[k][v], m2[k][v])
                u, v = up[k][u], up[k][v]
        b1, b2 = merge(b1, b2, m1[0][u], m2[0][u])
        b1, b2 = merge(b1, b2, m1[0][v], m2[0][v])
        return b1, b2

    best = -1
    for i, (a, b, c) in enumerate(tracks):
        if in_tree[i]:
            continue
        x1, x2 = query(a, b)
        drop = x1 if x1 < c else x2
        if drop > 0:
            cand = total - drop + c
            if best < 0 or cand < best:
                best = cand
    return best
