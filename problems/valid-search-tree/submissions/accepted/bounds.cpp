// Recursion with open bounds held in 64 bits, so INT_MIN and INT_MAX stay legal values.
class Solution {
    bool within(TreeNode* node, long long low, long long high) {
        if (!node) return true;
        if (node->val <= low || node->val >= high) return false;
        return within(node->left, low, node->val) && within(node->right, node->val, high);
    }

public:
    bool isValidSearchTree(TreeNode* root) { return within(root, LLONG_MIN, LLONG_MAX); }
};
