# Sweep the days in increasing order: passes join a min-heap of (cost, last day) when their
# first day is reached, expired passes leave the top lazily. O((n + q) log(n + q)).
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    v = list(map(int, data[2:2 + 3 * n]))
    passes = sorted(zip(v[0::3], v[1::3], v[2::3]))
    days = list(map(int, data[2 + 3 * n:2 + 3 * n + q]))
    answer = [-1] * q
    heap = []
    i = 0
    for j in sorted(range(q), key=days.__getitem__):
        x = days[j]
        while i < n and passes[i][0] <= x:
            first, last, cost = passes[i]
            heapq.heappush(heap, (cost, last))
            i += 1
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        if heap:
            answer[j] = heap[0][0]
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
