class Solution:
    def tick(self, digits: List[int]) -> List[int]:
        for i in range(len(digits) - 1, -1, -1):
            if digits[i] < 9:
                digits[i] += 1
                return digits
            digits[i] = 0  # 9 + 1: write 0 and carry one place left
        return [1] + digits  # every digit was a 9
