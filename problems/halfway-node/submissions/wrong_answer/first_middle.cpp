// Slow and fast pointers that stop one step early: for an even length this is the first of
// the two middle nodes.
class Solution {
public:
    ListNode* halfwayNode(ListNode* head) {
        ListNode *slow = head, *fast = head;
        while (fast->next && fast->next->next) {
            slow = slow->next;
            fast = fast->next->next;
        }
        return slow;
    }
};
