# Right answers, but each window's maximum is computed from scratch: O(n·k), about 2.5·10^9
# steps on the largest tests.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, k = int(data[0]), int(data[1])
    a = list(map(int, data[2:2 + n]))
    out = [max(a[i:i + k]) for i in range(n - k + 1)]
    sys.stdout.write(" ".join(map(str, out)) + "\n")


main()
