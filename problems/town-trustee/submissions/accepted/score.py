import sys


def main():
    data = sys.stdin.buffer.read().split()
    n, m = int(data[0]), int(data[1])
    score = [0] * (n + 1)
    for i in range(m):
        score[int(data[2 + 2 * i])] -= 1  # a vote given rules a person out
        score[int(data[3 + 2 * i])] += 1
    for p in range(1, n + 1):
        if score[p] == n - 1:
            print(p)
            return
    print(-1)


main()
