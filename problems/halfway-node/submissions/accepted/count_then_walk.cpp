// Two passes: count the nodes, then walk n / 2 steps.
class Solution {
public:
    ListNode* halfwayNode(ListNode* head) {
        int n = 0;
        for (ListNode* p = head; p; p = p->next) n++;
        ListNode* p = head;
        for (int i = 0; i < n / 2; i++) p = p->next;
        return p;
    }
};
