// Follows the left children only.
class Solution {
public:
    int maxDepth(TreeNode* root) {
        int depth = 0;
        for (; root; root = root->left) depth++;
        return depth;
    }
};
