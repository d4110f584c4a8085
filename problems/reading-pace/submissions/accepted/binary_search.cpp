class Solution {
    static long long hours(const vector<int>& pages, long long pace) {
        long long total = 0;
        for (int p : pages) total += (p + pace - 1) / pace;
        return total;
    }

public:
    int slowestPace(vector<int>& pages, int h) {
        long long low = 1, high = *max_element(pages.begin(), pages.end());
        while (low < high) {
            long long mid = low + (high - low) / 2;
            if (hours(pages, mid) <= h) high = mid;
            else low = mid + 1;
        }
        return (int)low;
    }
};
