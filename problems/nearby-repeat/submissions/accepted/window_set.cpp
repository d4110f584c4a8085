// A set holding the last k values (the window before position j).
class Solution {
public:
    bool hasNearbyRepeat(vector<int>& nums, int k) {
        unordered_set<int> window;
        for (int j = 0; j < (int)nums.size(); j++) {
            if (window.count(nums[j])) return true;
            window.insert(nums[j]);
            if ((long long)j - k >= 0) window.erase(nums[j - k]);
        }
        return false;
    }
};
