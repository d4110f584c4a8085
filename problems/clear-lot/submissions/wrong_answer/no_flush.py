# The histogram stack, but without flushing the stack at the end of each row: rectangles that
# reach the right edge are never measured.
import sys


def main():
    data = sys.stdin.read().split()
    r, c = int(data[0]), int(data[1])
    height, best = [0] * c, 0
    for row in data[2:2 + r]:
        for j in range(c):
            height[j] = height[j] + 1 if row[j] == "." else 0
        stack = []
        for j in range(c):
            while stack and height[stack[-1]] >= height[j]:
                h = height[stack.pop()]
                width = j - stack[-1] - 1 if stack else j
                best = max(best, h * width)
            stack.append(j)
    print(best)


main()
