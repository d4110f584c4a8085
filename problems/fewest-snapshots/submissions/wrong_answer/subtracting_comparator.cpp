// The greedy, but the sort compares ends by a 32-bit subtraction, which overflows for ends at
// opposite sides of the range and puts the vans in the wrong order.
class Solution {
public:
    int fewestSnapshots(vector<vector<int>>& vans) {
        sort(vans.begin(), vans.end(), [](const vector<int>& a, const vector<int>& b) {
            return (int) ((unsigned) a[1] - (unsigned) b[1]) < 0;
        });
        int count = 0;
        long long last = LLONG_MIN;
        for (auto& v : vans)
            if (v[0] > last) { count++; last = v[1]; }
        return count;
    }
};
