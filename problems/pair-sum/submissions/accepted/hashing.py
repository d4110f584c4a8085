import sys

data = sys.stdin.buffer.read().split()
n, t = int(data[0]), int(data[1])
seen = {}
for j, x in enumerate(map(int, data[2:2 + n]), start=1):
    if t - x in seen:
        print(seen[t - x], j)
        break
    seen.setdefault(x, j)
