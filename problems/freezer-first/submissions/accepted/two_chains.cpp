class Solution {
public:
    ListNode* freezerFirst(ListNode* head, int limit) {
        ListNode cold, warm;
        ListNode* coldTail = &cold;
        ListNode* warmTail = &warm;
        for (ListNode* node = head; node; node = node->next) {
            if (node->val < limit) { coldTail->next = node; coldTail = node; }
            else { warmTail->next = node; warmTail = node; }
        }
        warmTail->next = nullptr;  // the last warm node may still point at a cold one
        coldTail->next = warm.next;
        return cold.next;
    }
};
