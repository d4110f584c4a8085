// Depth-first, right child before left, carrying the depth: the first node reached at each new
// depth is the rightmost of its level (explicit stack: left pushed first so right comes off first).
class Solution {
public:
    vector<int> eastWindowView(TreeNode* root) {
        vector<int> view;
        vector<pair<TreeNode*, int>> stack;
        if (root) stack.push_back({root, 0});
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            if (depth == (int)view.size()) view.push_back(node->val);
            if (node->left) stack.push_back({node->left, depth + 1});
            if (node->right) stack.push_back({node->right, depth + 1});
        }
        return view;
    }
};
