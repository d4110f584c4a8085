class Solution {
public:
    ListNode* mergeKLists(vector<ListNode*>& lists) {
        auto later = [](ListNode* a, ListNode* b) { return a->val > b->val; };
        priority_queue<ListNode*, vector<ListNode*>, decltype(later)> heads(later);
        for (ListNode* head : lists) if (head) heads.push(head);
        ListNode dummy;
        ListNode* tail = &dummy;
        while (!heads.empty()) {
            ListNode* node = heads.top();
            heads.pop();
            tail->next = node;
            tail = node;
            if (node->next) heads.push(node->next);
        }
        tail->next = nullptr;
        return dummy.next;
    }
};
