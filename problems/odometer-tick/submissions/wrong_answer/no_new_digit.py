# Carries correctly but forgets the extra digit when every digit was a 9: [9, 9] -> [0, 0].
class Solution:
    def tick(self, digits: List[int]) -> List[int]:
        for i in range(len(digits) - 1, -1, -1):
            if digits[i] < 9:
                digits[i] += 1
                return digits
            digits[i] = 0
        return digits
