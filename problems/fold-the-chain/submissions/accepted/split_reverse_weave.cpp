class Solution {
public:
    ListNode* foldChain(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast->next && fast->next->next) { slow = slow->next; fast = fast->next->next; }
        ListNode* second = slow->next;
        slow->next = nullptr;
        ListNode* prev = nullptr;
        while (second) {
            ListNode* next = second->next;
            second->next = prev;
            prev = second;
            second = next;
        }
        for (ListNode *a = head, *b = prev; b;) {
            ListNode *an = a->next, *bn = b->next;
            a->next = b;
            b->next = an;
            a = an;
            b = bn;
        }
        return head;
    }
};
