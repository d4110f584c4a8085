class Solution {
public:
    int fewestCancellations(vector<vector<int>>& bookings) {
        sort(bookings.begin(), bookings.end(),
             [](const vector<int>& a, const vector<int>& b) { return a[1] < b[1]; });
        int kept = 0;
        long long last = LLONG_MIN;
        for (auto& b : bookings)
            if (b[0] >= last) {
                kept++;
                last = b[1];
            }
        return (int) bookings.size() - kept;
    }
};
