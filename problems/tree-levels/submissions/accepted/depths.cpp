// Depth-first, left before right, appending each value to the row of its depth (iteratively,
// with an explicit stack of (node, depth): right is pushed first so left comes off first).
class Solution {
public:
    vector<vector<int>> treeLevels(TreeNode* root) {
        vector<vector<int>> rows;
        vector<pair<TreeNode*, int>> stack;
        if (root) stack.push_back({root, 0});
        while (!stack.empty()) {
            auto [node, depth] = stack.back();
            stack.pop_back();
            if (depth == (int)rows.size()) rows.push_back({});
            rows[depth].push_back(node->val);
            if (node->right) stack.push_back({node->right, depth + 1});
            if (node->left) stack.push_back({node->left, depth + 1});
        }
        return rows;
    }
};
