// Breadth-first: swap each node's children, then queue them.
class Solution {
public:
    TreeNode* flipTree(TreeNode* root) {
        queue<TreeNode*> todo;
        if (root) todo.push(root);
        while (!todo.empty()) {
            TreeNode* node = todo.front();
            todo.pop();
            swap(node->left, node->right);
            if (node->left) todo.push(node->left);
            if (node->right) todo.push(node->right);
        }
        return root;
    }
};
