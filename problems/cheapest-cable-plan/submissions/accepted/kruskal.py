# Kruskal: cables cheapest first, each taken when it joins two different components.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    u = [int(x) for x in data[2:2 + 3 * m:3]]
    v = [int(x) for x in data[3:3 + 3 * m:3]]
    c = [int(x) for x in data[4:4 + 3 * m:3]]
    parent, size = list(range(n + 1)), [1] * (n + 1)

    def find(x):
        root = x
        while parent[root] != root:
            root = parent[root]
        while parent[x] != root:
            parent[x], x = root, parent[x]
        return root

    total, chosen = 0, []
    for i in sorted(range(m), key=c.__getitem__):
        a, b = find(u[i]), find(v[i])
        if a != b:
            if size[a] < size[b]:
                a, b = b, a
            parent[b] = a
            size[a] += size[b]
            total += c[i]
            chosen.append(i + 1)
    if len(chosen) != n - 1:
        print(-1)
    else:
        print(total)
        print(" ".join(map(str, chosen)))


main()
