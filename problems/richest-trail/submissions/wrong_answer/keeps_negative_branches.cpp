// Always extends into the better child, even when both children's branches are negative, and
// always adds both branches at the top.
class Solution {
    int best;

    int down(TreeNode* node) {
        if (!node) return 0;
        int left = down(node->left), right = down(node->right);
        best = max(best, node->val + left + right);
        if (!node->left && !node->right) return node->val;
        if (!node->left) return node->val + right;
        if (!node->right) return node->val + left;
        return node->val + max(left, right);
    }

public:
    int richestTrail(TreeNode* root) {
        best = INT_MIN;
        down(root);
        return best;
    }
};
