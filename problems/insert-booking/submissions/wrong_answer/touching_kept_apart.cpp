// Merges only strictly overlapping blocks, so touching ones ([1,3] and [3,5]) stay apart.
class Solution {
public:
    vector<vector<int>> insertBooking(vector<vector<int>>& blocks, vector<int>& booking) {
        int s = booking[0], e = booking[1];
        size_t i = 0, n = blocks.size();
        vector<vector<int>> out;
        while (i < n && blocks[i][1] <= s) out.push_back(blocks[i++]);
        while (i < n && blocks[i][0] < e) {
            s = min(s, blocks[i][0]);
            e = max(e, blocks[i][1]);
            i++;
        }
        out.push_back({s, e});
        while (i < n) out.push_back(blocks[i++]);
        return out;
    }
};
