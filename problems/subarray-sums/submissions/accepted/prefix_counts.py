# Counts, for each prefix sum s, the earlier prefixes equal to s - k: O(n).
import sys

data = sys.stdin.buffer.read().split()
n, k = int(data[0]), int(data[1])
seen = {0: 1}
total = 0
count = 0
for token in data[2:2 + n]:
    total += int(token)
    count += seen.get(total - k, 0)
    seen[total] = seen.get(total, 0) + 1
print(count)
