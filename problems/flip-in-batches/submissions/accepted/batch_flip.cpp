// Iterative, O(1) extra space: look k nodes ahead, then reverse the batch in place.
class Solution {
public:
    ListNode* flipInBatches(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* prev = &dummy;  // last node of the finished part
        while (true) {
            ListNode* probe = prev;
            for (int i = 0; i < k; i++) {
                probe = probe->next;
                if (!probe) return dummy.next;  // short tail: left as it is
            }
            ListNode *first = prev->next, *after = probe->next;
            ListNode *tail = after, *node = first;
            for (int i = 0; i < k; i++) {
                ListNode* next = node->next;
                node->next = tail;
                tail = node;
                node = next;
            }
            prev->next = tail;
            prev = first;
        }
    }
};
