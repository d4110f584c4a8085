// INT_MIN and INT_MAX as open bounds: a node holding 2147483647 (or -2147483648) is rejected
// although the tree is valid.
class Solution {
    bool within(TreeNode* node, int low, int high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return within(node->left, low, node->val) && within(node->right, node->val, high);
    }

public:
    bool isValidSearchTree(TreeNode* root) { return within(root, INT_MIN, INT_MAX); }
};
