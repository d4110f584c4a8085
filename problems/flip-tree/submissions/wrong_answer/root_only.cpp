// Swaps the root's two subtrees but not the children below them.
class Solution {
public:
    TreeNode* flipTree(TreeNode* root) {
        if (root) swap(root->left, root->right);
        return root;
    }
};
