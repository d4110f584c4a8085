// In-order walk with an explicit stack; the k-th node popped holds the answer.
class Solution {
public:
    int registryRank(TreeNode* root, int k) {
        vector<TreeNode*> stack;
        TreeNode* node = root;
        while (true) {
            while (node) {
                stack.push_back(node);
                node = node->left;
            }
            node = stack.back();
            stack.pop_back();
            if (--k == 0) return node->val;
            node = node->right;
        }
    }
};
