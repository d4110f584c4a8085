// Depth-first keeping the first node met at each depth, but visiting left before right: that
// is the view from the west window.
class Solution {
    void walk(TreeNode* node, int depth, vector<int>& view) {
        if (!node) return;
        if (depth == (int)view.size()) view.push_back(node->val);
        walk(node->left, depth + 1, view);
        walk(node->right, depth + 1, view);
    }

public:
    vector<int> eastWindowView(TreeNode* root) {
        vector<int> view;
        walk(root, 0, view);
        return view;
    }
};
