// Right answers, but advances the belt one place at a time, k times, each time walking to the
// last node to move it to the front: up to 2 * 10^9 walks of 5 * 10^4 nodes.
class Solution {
public:
    ListNode* advanceCarousel(ListNode* head, int k) {
        if (!head || !head->next) return head;
        for (long long step = 0; step < k; step++) {
            ListNode* before = head;
            while (before->next->next) before = before->next;
            ListNode* last = before->next;
            before->next = nullptr;
            last->next = head;
            head = last;
        }
        return head;
    }
};
