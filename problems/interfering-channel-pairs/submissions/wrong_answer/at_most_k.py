# Counts pairs with XOR at most k: the pairs that match k on every bit are added too.
class Solution:
    def countInterfering(self, codes: List[int], k: int) -> int:
        total = 0
        for b in range(31):
            if not k >> b & 1:
                continue
            want = (k >> b) ^ 1
            count = Counter(c >> b for c in codes)
            if want == 0:
                total += sum(m * (m - 1) // 2 for m in count.values())
            else:
                total += sum(m * count.get(v ^ want, 0) for v, m in count.items()) // 2
        count = Counter(codes)  # pairs with XOR exactly k
        if k == 0:
            total += sum(m * (m - 1) // 2 for m in count.values())
        else:
            total += sum(m * count.get(v ^ k, 0) for v, m in count.items()) // 2
        return total
