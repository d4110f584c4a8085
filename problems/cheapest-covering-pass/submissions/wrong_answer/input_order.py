# Wrong: runs the sweep over the skiers in the order they are listed, as if their days were
# sorted. A pass popped as expired for a later day is gone when an earlier day comes after it,
# and passes pushed for a later day are offered to an earlier one they do not cover yet.
import heapq
import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, q = int(data[0]), int(data[1])
    v = list(map(int, data[2:2 + 3 * n]))
    passes = sorted(zip(v[0::3], v[1::3], v[2::3]))
    days = list(map(int, data[2 + 3 * n:2 + 3 * n + q]))
    answer = []
    heap = []
    i = 0
    for x in days:
        while i < n and passes[i][0] <= x:
            first, last, cost = passes[i]
            heapq.heappush(heap, (cost, last))
            i += 1
        while heap and heap[0][1] < x:
            heapq.heappop(heap)
        answer.append(heap[0][0] if heap else -1)
    sys.stdout.write("\n".join(map(str, answer)) + "\n")


main()
