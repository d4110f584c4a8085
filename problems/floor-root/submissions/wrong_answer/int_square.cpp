// Binary search over 0..x that squares mid in 32 bits: for large x the square wraps around
// and the search goes the wrong way.
class Solution {
public:
    int floorRoot(int x) {
        int lo = 0, hi = x;
        while (lo < hi) {
            int mid = (int) (((long long) lo + hi + 1) / 2);
            int sq = (int) ((unsigned) mid * (unsigned) mid);  // wraps like a 32-bit int
            if (sq >= 0 && sq <= x) lo = mid;
            else hi = mid - 1;
        }
        return lo;
    }
};
