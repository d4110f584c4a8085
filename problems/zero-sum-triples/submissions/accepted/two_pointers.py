class Solution:
    def zeroSumTriples(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        n, out = len(nums), []
        for i in range(n - 2):
            a = nums[i]
            if a > 0:
                break
            if i and a == nums[i - 1]:
                continue
            lo, hi = i + 1, n - 1
            while lo < hi:
                s = a + nums[lo] + nums[hi]
                if s < 0:
                    lo += 1
                elif s > 0:
                    hi -= 1
                else:
                    b, c = nums[lo], nums[hi]
                    out.append([a, b, c])
                    while lo < hi and nums[lo] == b:
                        lo += 1
                    while lo < hi and nums[hi] == c:
                        hi -= 1
        return out
