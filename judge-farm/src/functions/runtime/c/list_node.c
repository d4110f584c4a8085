// ListNode's wire form, [1,2,3] (AlgoArena driver runtime, C).
static inline struct ListNode* aa_r_listnode(const aa_J* v) {
    struct ListNode* head = NULL;
    for (size_t i = aa_array(v)->n; i-- > 0;) {
        struct ListNode* node = aa_alloc(sizeof *node);
        node->val = aa_r_int(&v->items[i]);
        node->next = head;
        head = node;
    }
    return head;
}

static inline void aa_w_listnode(aa_B* b, const struct ListNode* node) {
    aa_putc(b, '[');
    for (bool first = true; node != NULL; node = node->next, first = false) {
        if (!first) aa_putc(b, ',');
        aa_w_int(b, node->val);
    }
    aa_putc(b, ']');
}
