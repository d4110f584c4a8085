// Puts the cursor *between* numbers, like a list iterator: next() returns the number after the
// gap and prev() the number before it, so prev() right after next() repeats the same number.
class ShelfBrowser {
    vector<int> sorted;
    int gap = 0;  // the cursor sits before sorted[gap]

    void walk(TreeNode* node) {
        if (!node) return;
        walk(node->left);
        sorted.push_back(node->val);
        walk(node->right);
    }

public:
    ShelfBrowser(TreeNode* root) { walk(root); }
    bool hasNext() { return gap < (int)sorted.size(); }
    int next() { return sorted[gap++]; }
    bool hasPrev() { return gap > 0; }
    int prev() { return sorted[--gap]; }
};
