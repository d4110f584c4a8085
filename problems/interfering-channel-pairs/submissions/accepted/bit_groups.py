# For every bit b where k has a 1: the pairs whose XOR agrees with k above bit b and has a 0 at
# bit b are exactly the pairs with (x >> b) ^ (y >> b) == (k >> b) ^ 1. Count them with a hash
# map of the values x >> b.
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
                get = count.get
                total += sum(m * get(v ^ want, 0) for v, m in count.items()) // 2
        return total
