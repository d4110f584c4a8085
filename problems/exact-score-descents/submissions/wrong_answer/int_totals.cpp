// Running totals in 32-bit ints: three gates worth 10^9 already overflow, and the totals no
// longer differ by the descents' scores. (The sum is wrapped to 32 bits explicitly, as the
// hardware would, so the mistake does not depend on what the compiler makes of an overflow.)
class Solution {
    unordered_map<long long, int> seen;
    long long target;

    int walk(TreeNode* node, int above) {
        if (!node) return 0;
        int total = (int)((unsigned)above + (unsigned)node->val);
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
