class Solution {
    // The subtree's height, or -1 when some node in it is lopsided.
    int check(TreeNode* node) {
        if (!node) return 0;
        int left = check(node->left);
        if (left < 0) return -1;
        int right = check(node->right);
        if (right < 0 || abs(left - right) > 1) return -1;
        return 1 + max(left, right);
    }

public:
    bool isEvenKeeled(TreeNode* root) { return check(root) >= 0; }
};
