import sys
from bisect import bisect_left


def main():
    data = sys.stdin.buffer.read().split()
    n = int(data[0])
    tails = []  # tails[L]: the smallest end of a rising subsequence of length L + 1
    for x in map(int, data[1:1 + n]):
        i = bisect_left(tails, x)  # lower bound: an equal value does not rise
        if i == len(tails):
            tails.append(x)
        else:
            tails[i] = x
    print(len(tails))


main()
