# Divides the product of all numbers by each one, treating a zero as "skip it": right without
# zeros, wrong at the other positions when exactly one zero is present... and with two zeros.
class Solution:
    def othersProduct(self, nums: List[int]) -> List[int]:
        total = 1
        for v in nums:
            if v:
                total *= v
        return [total // v if v else total for v in nums]
