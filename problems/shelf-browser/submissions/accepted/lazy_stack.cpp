// A paused in-order traversal (a stack of nodes whose left side is done) produces numbers only
// when the cursor first reaches them; every number produced is kept so prev() can go back.
class ShelfBrowser {
    vector<TreeNode*> stack;
    vector<int> seen;
    int pos = -1;

    void pushLeft(TreeNode* node) {
        for (; node; node = node->left) stack.push_back(node);
    }

public:
    ShelfBrowser(TreeNode* root) { pushLeft(root); }

    bool hasNext() { return pos + 1 < (int)seen.size() || !stack.empty(); }

    int next() {
        if (pos + 1 == (int)seen.size()) {
            TreeNode* node = stack.back();
            stack.pop_back();
            seen.push_back(node->val);
            pushLeft(node->right);
        }
        return seen[++pos];
    }

    bool hasPrev() { return pos > 0; }

    int prev() { return seen[--pos]; }
};
