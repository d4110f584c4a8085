# Knuth-Morris-Pratt: the prefix function of the pattern, then one scan of the text.
import sys


def main():
    text, pattern = sys.stdin.read().split()
    m = len(pattern)
    pi = [0] * m
    k = 0
    for i in range(1, m):
        c = pattern[i]
        while k and c != pattern[k]:
            k = pi[k - 1]
        if c == pattern[k]:
            k += 1
        pi[i] = k
    count = k = 0
    for c in text:
        while k and c != pattern[k]:
            k = pi[k - 1]
        if c == pattern[k]:
            k += 1
            if k == m:
                count += 1
                k = pi[k - 1]  # keep the border: the next occurrence may overlap
    print(count)


main()
