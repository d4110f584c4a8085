# Subset sum with a big integer as the bitset of reachable sums; first[s] remembers the item
# that first reached s, so one fair group can be rebuilt by walking back from half the total.
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    v = list(map(int, data[1:1 + n]))
    total = sum(v)
    if total % 2:
        print("NO")
        return
    half = total // 2
    mask = (1 << (half + 1)) - 1
    first = [-1] * (half + 1)
    reach = 1
    for i, x in enumerate(v):
        grown = (reach << x) & mask
        new = grown & ~reach
        while new:
            low = new & -new
            first[low.bit_length() - 1] = i
            new ^= low
        reach |= grown
    if not reach >> half & 1:
        print("NO")
        return
    group, s = [], half
    while s:
        i = first[s]
        group.append(i + 1)
        s -= v[i]
    print(len(group))
    print(" ".join(map(str, group)))


main()
