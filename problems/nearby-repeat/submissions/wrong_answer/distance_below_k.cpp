// Asks for a distance strictly below k instead of at most k.
class Solution {
public:
    bool hasNearbyRepeat(vector<int>& nums, int k) {
        unordered_map<int, int> last;
        for (int j = 0; j < (int)nums.size(); j++) {
            auto it = last.find(nums[j]);
            if (it != last.end() && j - it->second < k) return true;
            last[nums[j]] = j;
        }
        return false;
    }
};
