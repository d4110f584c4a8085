// Prefix and suffix maxima, then min(left, right) - height per column, summed in 64 bits.
class Solution {
public:
    long long trappedWater(vector<int>& heights) {
        int n = heights.size();
        vector<int> left(n), right(n);
        for (int i = 0; i < n; i++) left[i] = max(heights[i], i ? left[i - 1] : 0);
        for (int i = n - 1; i >= 0; i--) right[i] = max(heights[i], i + 1 < n ? right[i + 1] : 0);
        long long total = 0;
        for (int i = 0; i < n; i++) total += min(left[i], right[i]) - heights[i];
        return total;
    }
};
