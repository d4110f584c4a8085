# Greedy: items from the most valuable down, each to whichever friend has less so far; says NO
# whenever that does not come out even.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + n]))
    mine, theirs, group = 0, 0, []
    for i in sorted(range(n), key=lambda i: -v[i]):
        if mine <= theirs:
            mine += v[i]
            group.append(i + 1)
        else:
            theirs += v[i]
    if mine != theirs:
        print("NO")
    else:
        print(len(group))
        print(" ".join(map(str, group)))


main()
