# The right construction with the wrong threshold: calls it impossible as soon as one letter
# has more than n / 2 copies rounded down, which rejects "aba".
import sys
from collections import Counter


def main():
    s = sys.stdin.readline().strip()
    n, counts = len(s), Counter(s)
    if max(counts.values()) > n // 2:
        print("IMPOSSIBLE")
        return
    out = [""] * n
    slots = list(range(0, n, 2)) + list(range(1, n, 2))
    i = 0
    for letter, count in counts.most_common():
        for _ in range(count):
            out[slots[i]] = letter
            i += 1
    print("".join(out))


main()
