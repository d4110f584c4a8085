// Moves crates at exactly the limit forward too (<= instead of <): [3,3,1,3] with limit 3
// gives [3,3,1,3] instead of [1,3,3,3].
class Solution {
public:
    ListNode* freezerFirst(ListNode* head, int limit) {
        ListNode cold, warm;
        ListNode* coldTail = &cold;
        ListNode* warmTail = &warm;
        for (ListNode* node = head; node; node = node->next) {
            if (node->val <= limit) { coldTail->next = node; coldTail = node; }
            else { warmTail->next = node; warmTail = node; }
        }
        warmTail->next = nullptr;
        coldTail->next = warm.next;
        return cold.next;
    }
};
