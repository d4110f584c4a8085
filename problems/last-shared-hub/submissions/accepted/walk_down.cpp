// Walk down while both codes are on one side of the hub; comparisons only, so no overflow.
class Solution {
public:
    int lastSharedHub(TreeNode* root, int a, int b) {
        TreeNode* node = root;
        while (true) {
            if (a < node->val && b < node->val) node = node->left;
            else if (a > node->val && b > node->val) node = node->right;
            else return node->val;
        }
    }
};
