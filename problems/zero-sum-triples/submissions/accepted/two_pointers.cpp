class Solution {
public:
    vector<vector<int>> zeroSumTriples(vector<int>& nums) {
        sort(nums.begin(), nums.end());
        int n = nums.size();
        vector<vector<int>> out;
        for (int i = 0; i + 2 < n && nums[i] <= 0; i++) {
            if (i > 0 && nums[i] == nums[i - 1]) continue;
            int lo = i + 1, hi = n - 1;
            while (lo < hi) {
                int s = nums[i] + nums[lo] + nums[hi];
                if (s < 0) lo++;
                else if (s > 0) hi--;
                else {
                    int b = nums[lo], c = nums[hi];
                    out.push_back({nums[i], b, c});
                    while (lo < hi && nums[lo] == b) lo++;
                    while (lo < hi && nums[hi] == c) hi--;
                }
            }
        }
        return out;
    }
};
