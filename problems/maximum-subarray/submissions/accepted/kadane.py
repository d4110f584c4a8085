import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    best = cur = int(data[1])
    for x in map(int, data[2:n + 1]):
        cur = max(x, cur + x)
        best = max(best, cur)
    print(best)


main()
