import sys
from collections import deque


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    # One flat array with a border of water around the map, so neighbours need no bounds checks.
    width = cols + 2
    land = bytearray((rows + 2) * width)
    for r in range(rows):
        row = data[2 + r]
        base = (r + 1) * width + 1
        for c in range(cols):
            if row[c] == "#":
                land[base + c] = 1
    count = 0
    for start in range(len(land)):
        if not land[start]:
            continue
        count += 1
        land[start] = 0
        queue = deque([start])
        while queue:
            cell = queue.popleft()
            for nxt in (cell - width, cell + width, cell - 1, cell + 1):
                if land[nxt]:
                    land[nxt] = 0
                    queue.append(nxt)
    print(count)


main()
