class Solution {
    int best;

    int down(TreeNode* node) {
        if (!node) return 0;
        int left = max(0, down(node->left)), right = max(0, down(node->right));
        best = max(best, node->val + left + right);
        return node->val + max(left, right);
    }

public:
    int richestTrail(TreeNode* root) {
        best = root->val;
        down(root);
        return best;
    }
};
