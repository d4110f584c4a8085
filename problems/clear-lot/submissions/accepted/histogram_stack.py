# For each row, the largest rectangle under the histogram of clear cells above it, found with a
# stack of columns of increasing height.
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    height, best = [0] * (c + 1), 0  # height[c] stays 0 and flushes the stack
    for row in data[2:2 + r]:
        for j in range(c):
            height[j] = height[j] + 1 if row[j] == "." else 0
        stack = []
        for j in range(c + 1):
            h_j = height[j]
            while stack and height[stack[-1]] >= h_j:
                h = height[stack.pop()]
                width = j - stack[-1] - 1 if stack else j
                if h * width > best:
                    best = h * width
            stack.append(j)
    print(best)


main()
