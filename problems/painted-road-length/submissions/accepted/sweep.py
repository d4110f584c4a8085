class Solution:
    def paintedLength(self, strokes: List[List[int]]) -> int:
        total, reach = 0, None                            # reach: the furthest end so far
        for start, end in strokes:
            if reach is None or end > reach:
                total += end - (start if reach is None else max(start, reach))
                reach = end
        return total
