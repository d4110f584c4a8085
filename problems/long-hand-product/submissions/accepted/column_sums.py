class Solution:
    def longHandProduct(self, a: str, b: str) -> str:
        m, n = len(a), len(b)
        acc = [0] * (m + n)  # acc[p]: the sum of the digit products of column p (10^p)
        db = [ord(c) - 48 for c in reversed(b)]
        for i, c in enumerate(reversed(a)):
            x = ord(c) - 48
            if x == 0:
                continue
            for j, y in enumerate(db, i):  # column i + j of b's digit j
                acc[j] += x * y
        for p in range(m + n - 1):  # one carry pass, lowest column first
            acc[p + 1] += acc[p] // 10
            acc[p] %= 10
        top = m + n - 1
        while top > 0 and acc[top] == 0:  # strip leading zeros, keep one digit
            top -= 1
        return "".join(str(d) for d in reversed(acc[:top + 1]))
