// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, C++).
namespace aa {
inline TreeNode* r_treenode(const J& v) {
    const std::vector<J>& a = array(v);
    auto node = [&](size_t i) -> TreeNode* {
        return i < a.size() && a[i].kind != J::Null ? new TreeNode(r_int(a[i])) : nullptr;
    };
    TreeNode* root = node(0);
    if (root == nullptr) return nullptr;
    std::vector<TreeNode*> parents{root};
    for (size_t p = 0, i = 1; p < parents.size() && i < a.size(); p++, i += 2) {
        TreeNode* parent = parents[p];
        parent->left = node(i);
        parent->right = node(i + 1);
        if (parent->left) parents.push_back(parent->left);
        if (parent->right) parents.push_back(parent->right);
    }
    return root;
}

inline void w_treenode(std::string& b, const TreeNode* root) {
    std::vector<const TreeNode*> queue{root};
    std::vector<std::string> out;
    for (size_t q = 0; q < queue.size(); q++) {
        const TreeNode* node = queue[q];
        if (node == nullptr) {
            out.push_back("null");
        } else {
            out.push_back(std::to_string(node->val));
            queue.push_back(node->left);
            queue.push_back(node->right);
        }
    }
    while (!out.empty() && out.back() == "null") out.pop_back();
    b += '[';
    for (size_t i = 0; i < out.size(); i++) b += (i ? "," : "") + out[i];
    b += ']';
}
}  // namespace aa
