// Moves the first k mod n suitcases to the back (the belt turning the other way), so
// [3,8,1,6,2] with k = 2 gives [1,6,2,3,8] instead of [6,2,3,8,1].
class Solution {
public:
    ListNode* advanceCarousel(ListNode* head, int k) {
        if (!head) return head;
        int n = 1;
        ListNode* tail = head;
        while (tail->next) { tail = tail->next; n++; }
        int s = k % n;
        if (s == 0) return head;
        tail->next = head;
        ListNode* newTail = head;
        for (int i = 0; i < s - 1; i++) newTail = newTail->next;
        ListNode* newHead = newTail->next;
        newTail->next = nullptr;
        return newHead;
    }
};
