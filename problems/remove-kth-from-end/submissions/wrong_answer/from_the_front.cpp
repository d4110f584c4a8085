// Removes the k-th node from the front instead of from the end.
class Solution {
public:
    ListNode* removeKthFromEnd(ListNode* head, int k) {
        ListNode dummy(0, head);
        ListNode* before = &dummy;
        for (int i = 1; i < k; i++) before = before->next;
        before->next = before->next->next;
        return dummy.next;
    }
};
