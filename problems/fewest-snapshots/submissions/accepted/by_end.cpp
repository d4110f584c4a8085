class Solution {
public:
    int fewestSnapshots(vector<vector<int>>& vans) {
        sort(vans.begin(), vans.end(), [](const vector<int>& a, const vector<int>& b) {
            return a[1] < b[1];  // compare, never subtract: the range is all of 32 bits
        });
        int count = 0;
        long long last = LLONG_MIN;  // below every 32-bit start
        for (auto& v : vans)
            if (v[0] > last) { count++; last = v[1]; }
        return count;
    }
};
