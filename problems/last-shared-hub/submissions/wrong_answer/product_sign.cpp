// The "same side" test as a product sign in 32-bit ints: (v - a) * (v - b) > 0. With codes up
// to 10^9 in size the differences and their product overflow, and the walk takes wrong turns.
class Solution {
public:
    int lastSharedHub(TreeNode* root, int a, int b) {
        TreeNode* node = root;
        while (node) {
            int v = node->val;
            if ((v - a) * (v - b) > 0) node = a < v ? node->left : node->right;
            else return v;
        }
        return 0;
    }
};
