// TreeNode's wire form, level order with null gaps and no trailing nulls, [1,null,2,3]
// (AlgoArena driver runtime, C).
static inline struct TreeNode* aa_tree_node(const aa_J* v, size_t i) {
    if (i >= v->n || v->items[i].kind == AA_NULL) return NULL;
    struct TreeNode* node = aa_alloc(sizeof *node);
    node->val = aa_r_int(&v->items[i]);
    return node;
}

static inline struct TreeNode* aa_r_treenode(const aa_J* v) {
    struct TreeNode* root = aa_tree_node(aa_array(v), 0);
    if (root == NULL) return NULL;
    struct TreeNode** parents = aa_alloc(v->n * sizeof *parents);
    size_t count = 0;
    parents[count++] = root;
    for (size_t p = 0, i = 1; p < count && i < v->n; p++, i += 2) {
        struct TreeNode* parent = parents[p];
        parent->left = aa_tree_node(v, i);
        parent->right = aa_tree_node(v, i + 1);
        if (parent->left) parents[count++] = parent->left;
        if (parent->right) parents[count++] = parent->right;
    }
    free(parents);
    return root;
}

static inline void aa_w_treenode(aa_B* b, const struct TreeNode* root) {
    size_t cap = 16, count = 0;
    const struct TreeNode** queue = aa_alloc(cap * sizeof *queue);
    queue[count++] = root;
    // Every node and every null child is queued; the output stops at the last node.
    size_t last = 0;
    for (size_t q = 0; q < count; q++) {
        const struct TreeNode* node = queue[q];
        if (node == NULL) continue;
        last = q;
        if (count + 2 > cap) {
            cap *= 2;
            queue = realloc(queue, cap * sizeof *queue);
            if (!queue) aa_fail("out of memory");
        }
        queue[count++] = node->left;
        queue[count++] = node->right;
    }
    aa_putc(b, '[');
    if (root != NULL) {
        for (size_t q = 0; q <= last; q++) {
            if (q) aa_putc(b, ',');
            if (queue[q] == NULL) {
                aa_put(b, "null");
            } else {
                aa_w_int(b, queue[q]->val);
            }
        }
    }
    aa_putc(b, ']');
    free(queue);
}
