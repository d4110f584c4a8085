class Solution {
    public int floorRoot(int x) {
        int lo = 0, hi = Math.min(x, 46340);
        while (lo < hi) {
            int mid = lo + (hi - lo + 1) / 2;
            if (mid <= x / mid) lo = mid;  // mid² <= x without forming mid²
            else hi = mid - 1;
        }
        return lo;
    }
}
