class Solution {
    unordered_map<int, int> where;
    size_t next = 0;

    // The subtree whose in-order walk is inorder[lo, hi).
    TreeNode* build(const vector<int>& pre, int lo, int hi) {
        if (lo == hi) return nullptr;
        TreeNode* root = new TreeNode(pre[next++]);
        int k = where[root->val];
        root->left = build(pre, lo, k);
        root->right = build(pre, k + 1, hi);
        return root;
    }

public:
    TreeNode* rebuildTree(vector<int>& preorder, vector<int>& inorder) {
        where.clear();
        next = 0;
        for (int i = 0; i < (int) inorder.size(); i++) where[inorder[i]] = i;
        return build(preorder, 0, (int) inorder.size());
    }
};
