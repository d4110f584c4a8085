# Drops the repeats first, so it returns the k-th largest distinct value (and fails when k
# passes the number of distinct values).
class Solution:
    def kthLargest(self, nums: List[int], k: int) -> int:
        distinct = sorted(set(nums), reverse=True)
        return distinct[min(k, len(distinct)) - 1]
