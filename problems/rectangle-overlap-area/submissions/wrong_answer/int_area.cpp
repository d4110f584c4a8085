// Computes the lengths and the area in 32-bit ints: an overlap wider than 2^31 - 1, or an area
// past it, wraps around.
class Solution {
public:
    long long overlapArea(int ax1, int ay1, int ax2, int ay2, int bx1, int by1, int bx2, int by2) {
        int width = max(0, min(ax2, bx2) - max(ax1, bx1));
        int height = max(0, min(ay2, by2) - max(ay1, by1));
        int area = width * height;
        return area;
    }
};
