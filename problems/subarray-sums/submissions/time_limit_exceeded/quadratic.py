# @EXPECTED_SCORE@: 30
# Tries every start and extends the sum: right, but O(n^2), so only the small group is in time.
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
xs = list(map(int, data[2:2 + n]))
count = 0
for i in range(n):
    total = 0
    for j in range(i, n):
        total += xs[j]
        if total == k:
            count += 1
print(count)
