// Reverses every batch of up to k nodes, the short tail included: [1,2,3,4,5] with k = 3
// gives [3,2,1,5,4] instead of [3,2,1,4,5].
class Solution {
public:
    ListNode* flipInBatches(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* prev = &dummy;
        while (prev->next) {
            ListNode *first = prev->next, *tail = nullptr, *node = first;
            for (int i = 0; i < k && node; i++) {
                ListNode* next = node->next;
                node->next = tail;
                tail = node;
                node = next;
            }
            first->next = node;
            prev->next = tail;
            prev = first;
        }
        return dummy.next;
    }
};
