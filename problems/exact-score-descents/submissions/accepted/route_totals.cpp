// Depth-first with a map of the running totals on the current route (64-bit: they reach
// 5 * 10^11). Each total is added on the way down and removed on the way back up.
class Solution {
    unordered_map<long long, int> seen;
    long long target;

    int walk(TreeNode* node, long long above) {
        if (!node) return 0;
        long long total = above + node->val;
        auto it = seen.find(total - target);
        int count = it == seen.end() ? 0 : it->second;
        seen[total]++;
        count += walk(node->left, total) + walk(node->right, total);
        seen[total]--;
        return count;
    }

public:
    int countDescents(TreeNode* root, long long target) {
        seen.clear();
        seen[0] = 1;
        this->target = target;
        return walk(root, 0);
    }
};
