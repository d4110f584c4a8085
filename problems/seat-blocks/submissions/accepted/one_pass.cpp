class Solution {
public:
    vector<string> seatBlocks(vector<int>& seats) {
        vector<string> out;
        size_t n = seats.size();
        for (size_t i = 0, j; i < n; i = j + 1) {
            j = i;
            // 64-bit: seats[j] + 1 overflows for 2^31 - 1.
            while (j + 1 < n && (long long) seats[j + 1] == (long long) seats[j] + 1) j++;
            out.push_back(i == j ? to_string(seats[i])
                                 : to_string(seats[i]) + ".." + to_string(seats[j]));
        }
        return out;
    }
};
