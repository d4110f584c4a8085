class Solution:
    def longestUniformRun(self, fence: str, k: int) -> int:
        count = [0] * 26
        best = left = 0
        for right in range(len(fence)):
            c = ord(fence[right]) - 65
            count[c] += 1
            if count[c] > best:
                best = count[c]
            if right - left + 1 - best > k:  # too many repaints: slide instead of growing
                count[ord(fence[left]) - 65] -= 1
                left += 1
        return len(fence) - left
