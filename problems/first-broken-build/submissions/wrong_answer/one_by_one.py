# Tests the builds in order from 1: right for small b, but needs b - 1 questions and runs out
# of questions once b > 31.
import sys


def main():
    n = int(sys.stdin.readline())
    for k in range(1, n):
        print(f"? {k}", flush=True)
        if sys.stdin.readline().strip() == "1":
            print(f"! {k}", flush=True)
            return
    print(f"! {n}", flush=True)


main()
