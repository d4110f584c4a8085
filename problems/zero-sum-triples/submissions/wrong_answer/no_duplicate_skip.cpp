// Forgets to skip repeated values, so a triple of values is listed once per way to pick it.
class Solution {
public:
    vector<vector<int>> zeroSumTriples(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        vector<vector<int>> out;
        for (int i = 0; i + 2 < n; i++) {
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = nums[i] + nums[lo] + nums[hi];
                if (s < 0) lo++;
                else if (s > 0) hi--;
                else { out.push_back({nums[i], nums[lo], nums[hi]}); lo++; hi--; }
            }
        }
        return out;
    }
};
