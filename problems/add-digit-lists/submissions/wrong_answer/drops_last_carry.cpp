// Stops when both lists end, so a carry out of the top digit is lost: 999 + 1 gives 000.
class Solution {
public:
    ListNode* addDigitLists(ListNode* a, ListNode* b) {
        ListNode dummy;
        ListNode* tail = &dummy;
        int carry = 0;
        while (a || b) {
            int s = carry;
            if (a) { s += a->val; a = a->next; }
            if (b) { s += b->val; b = b->next; }
            tail->next = new ListNode(s % 10);
            tail = tail->next;
            carry = s / 10;
        }
        return dummy.next;
    }
};
