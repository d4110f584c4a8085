// Merges neighbours pairwise, halving the number of lists each round: O(N log k).
static struct ListNode* merge_two(struct ListNode* a, struct ListNode* b) {
    struct ListNode head = {0, NULL};
    struct ListNode* tail = &head;
    while (a && b) {
        struct ListNode** smaller = a->val <= b->val ? &a : &b;
        tail->next = *smaller;
        tail = tail->next;
        *smaller = (*smaller)->next;
    }
    tail->next = a ? a : b;
    return head.next;
}

struct ListNode* mergeKLists(struct ListNode** lists, int listsSize) {
    if (listsSize == 0) return NULL;
    for (int step = 1; step < listsSize; step *= 2)
        for (int i = 0; i + step < listsSize; i += 2 * step)
            lists[i] = merge_two(lists[i], lists[i + step]);
    return lists[0];
}
