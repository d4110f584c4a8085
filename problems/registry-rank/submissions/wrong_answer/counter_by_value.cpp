// Recursive in-order walk with the countdown passed BY VALUE: the nodes counted inside the left
// subtree are lost when the call returns, so each node only sees the count of its own path.
class Solution {
    void walk(TreeNode* node, int k, int& answer) {
        if (!node) return;
        walk(node->left, k, answer);
        k--;
        if (k == 0) {
            answer = node->val;
            return;
        }
        walk(node->right, k, answer);
    }

public:
    int registryRank(TreeNode* root, int k) {
        int answer = 0;
        walk(root, k, answer);
        return answer;
    }
};
