# Binary search: b stays in [low, high]; each question halves the range.
import sys


def main():
    n = int(sys.stdin.readline())
    low, high = 1, n
    while low < high:
        mid = (low + high) // 2
        print(f"? {mid}", flush=True)
        if sys.stdin.readline().strip() == "1":
            high = mid
        else:
            low = mid + 1
    print(f"! {low}", flush=True)


main()
