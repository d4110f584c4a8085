// The lengths are right, but the area passes through a 32-bit int on its way out: areas past
// 2^31 - 1 wrap around.
class Solution {
public:
    long long overlapArea(int ax1, int ay1, int ax2, int ay2, int bx1, int by1, int bx2, int by2) {
        long long width = max(0LL, (long long)min(ax2, bx2) - max(ax1, bx1));
        long long height = max(0LL, (long long)min(ay2, by2) - max(ay1, by1));
        int area = (int)(width * height);
        return area;
    }
};
