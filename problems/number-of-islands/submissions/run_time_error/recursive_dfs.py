# A correct recursive flood fill, but a big island nests one call per cell: Python raises
# RecursionError past its default limit of 1000 frames.
import sys


def main():
    data = sys.stdin.read().split()
    rows, cols = int(data[0]), int(data[1])
    grid = [list(row) for row in data[2:2 + rows]]

    def sink(r, c):
        if r < 0 or r >= rows or c < 0 or c >= cols or grid[r][c] != "#":
            return
        grid[r][c] = "."
        sink(r - 1, c)
        sink(r + 1, c)
        sink(r, c - 1)
        sink(r, c + 1)

    count = 0
    for r in range(rows):
        for c in range(cols):
            if grid[r][c] == "#":
                count += 1
                sink(r, c)
    print(count)


main()
