class Solution {
public:
    ListNode* advanceCarousel(ListNode* head, int k) {
        if (!head) return head;
        int n = 1;
        ListNode* tail = head;
        while (tail->next) { tail = tail->next; n++; }
        int s = k % n;  // full laps change nothing
        if (s == 0) return head;
        tail->next = head;  // close the ring
        ListNode* newTail = head;
        for (int i = 0; i < n - s - 1; i++) newTail = newTail->next;
        ListNode* newHead = newTail->next;
        newTail->next = nullptr;  // cut it after the new tail
        return newHead;
    }
};
