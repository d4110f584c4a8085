// The post-order greedy with its checks in the wrong order: a waiting child makes it build
// (and count) a tower even where one already stands.
class Solution {
    int built = 0;

    int settle(TreeNode* v) {
        if (!v) return 1;
        int l = settle(v->left), r = settle(v->right);
        if (l == 0 || r == 0) { built++; return 2; }
        if (v->val == 1 || l == 2 || r == 2) return v->val == 1 ? 2 : 1;
        return 0;
    }

public:
    int fewestNewTowers(TreeNode* root) {
        built = 0;
        if (settle(root) == 0) built++;
        return built;
    }
};
