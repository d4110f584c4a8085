# Most common letter first, into positions 0, 2, 4, ... and then 1, 3, 5, ...
import sys
from collections import Counter


def main():
    s = sys.stdin.readline().strip()
    n, counts = len(s), Counter(s)
    if max(counts.values()) > (n + 1) // 2:
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
