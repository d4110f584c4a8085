// XOR of 0..n and of every ticket: each sold number cancels itself.
class Solution {
public:
    int missingTicket(vector<int>& tickets) {
        int n = tickets.size(), x = n;
        for (int i = 0; i < n; i++) x ^= i ^ tickets[i];
        return x;
    }
};
