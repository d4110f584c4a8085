# Two pointers from the ends, always moving the shorter post inwards.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    h = list(map(int, data[1:1 + n]))
    i, j, best = 0, n - 1, 0
    while i < j:
        if h[i] <= h[j]:
            best = max(best, (j - i) * h[i])
            i += 1
        else:
            best = max(best, (j - i) * h[j])
            j -= 1
    print(best)


main()
