class Solution:
    def distinctSubsets(self, nums: List[int]) -> List[List[int]]:
        nums = sorted(nums)
        found, current = [], []

        def build(start):
            found.append(current[:])
            for j in range(start, len(nums)):
                # The same value at the same level was already tried by j - 1.
                if j > start and nums[j] == nums[j - 1]:
                    continue
                current.append(nums[j])
                build(j + 1)
                current.pop()

        build(0)
        return found
