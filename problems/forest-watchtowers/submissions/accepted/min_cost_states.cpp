// DP over three states per clearing: the fewest new towers in its subtree with everything
// below it watched and the clearing itself (a) holding a tower, (b) watched by a child,
// (c) waiting for its parent.
class Solution {
    static constexpr int INF = 1 << 29;

    array<int, 3> best(TreeNode* v) {
        int tower = v->val == 1 ? 0 : 1, watched = 0, waiting = 0, extra = INF;
        for (TreeNode* c : {v->left, v->right}) {
            if (!c) continue;
            array<int, 3> k = best(c);
            tower += min({k[0], k[1], k[2]});
            int good = min(k[0], k[1]);
            watched += good;
            extra = min(extra, k[0] - good);  // the cost of forcing this child to hold a tower
            waiting = min(INF, waiting + k[1]);
        }
        watched = min(INF, watched + extra);
        if (v->val == 1) return {tower, INF, INF};
        return {tower, watched, waiting};
    }

public:
    int fewestNewTowers(TreeNode* root) {
        array<int, 3> r = best(root);
        return min(r[0], r[1]);
    }
};
