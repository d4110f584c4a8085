class Solution:
    def balancedCuts(self, tags: List[int]) -> int:
        # tags[i..k] has a balanced cut iff it XORs to 0, i.e. prefix[i] == prefix[k + 1],
        # and then all k - i cuts are balanced. For each prefix value keep how many earlier
        # indices had it and their sum.
        count, index_sum = {0: 1}, {0: 0}
        prefix = total = 0
        for y, t in enumerate(tags, 1):
            prefix ^= t
            c = count.get(prefix, 0)
            if c:
                total += c * (y - 1) - index_sum[prefix]
                count[prefix] = c + 1
                index_sum[prefix] += y
            else:
                count[prefix] = 1
                index_sum[prefix] = y
        return total
