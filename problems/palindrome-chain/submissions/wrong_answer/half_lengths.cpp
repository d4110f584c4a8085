// Compares the first half with the reversed second half, but for an odd length it lets the
// middle node start the second half, shifting the comparison by one.
class Solution {
public:
    bool isPalindromeChain(ListNode* head) {
        vector<int> v;
        for (ListNode* p = head; p; p = p->next) v.push_back(p->val);
        int n = v.size();
        for (int i = 0; i < n / 2; i++)
            if (v[i] != v[n / 2 + (n / 2 - 1 - i)]) return false;
        return true;
    }
};
